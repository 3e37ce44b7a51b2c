/* Runs part of the calculator, so that the report has covered and uncovered lines. */
#include <stdio.h>
#include "../src/calc.h"

int main(void) {
  printf("%d %d %d\n", calc_sign(-4), calc_sign(7), calc_clamp(12, 0, 10));
  printf("%d\n", calc_gcd(12, 18));
  return 0;
}
