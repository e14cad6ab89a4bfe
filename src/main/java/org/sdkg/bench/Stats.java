package org.sdkg.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Median, minimum and maximum of repeated measurements. Benchmarks here report the median because
 * the machine is shared and single runs are noisy; min and max show how noisy.
 */
public record Stats(double median, double min, double max, int runs) {

  public static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no measurements");
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return new Stats(median, v[0], v[n - 1], n);
  }

  /** "123.4 (min 110.2, max 130.0)" with the given decimals. */
  public String format(int decimals) {
    String f = "%." + decimals + "f";
    return String.format(java.util.Locale.ROOT, f + " (" + f + "–" + f + ")", median, min, max);
  }
}
