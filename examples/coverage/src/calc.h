#ifndef CALC_H
#define CALC_H
int calc_sign(int x);
int calc_clamp(int x, int low, int high);
int calc_gcd(int a, int b);
int calc_factorial(int n);
#endif
