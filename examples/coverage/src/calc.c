/* A small calculator, the demo project of the coverage gate. */
#include "calc.h"

int calc_sign(int x) {
  if (x < 0) {
    return -1;
  } else if (x == 0) {
    return 0;
  }
  return 1;
}

int calc_clamp(int x, int low, int high) {
  if (x < low) {
    return low;
  }
  if (x > high) {
    return high;
  }
  return x;
}

int calc_gcd(int a, int b) {
  while (b != 0) {
    int t = a % b;
    a = b;
    b = t;
  }
  return a < 0 ? -a : a;
}

int calc_factorial(int n) {
  int result = 1;
  for (int i = 2; i <= n; i++) {
    result *= i;
  }
  return result;
}
