package org.sdkg.generate;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws items with Zipf-distributed frequency: the item at rank {@code r} (from 1) is drawn with
 * weight {@code 1 / r^s}. News mentions a few countries far more often than the rest, and this is
 * the usual model of such skew.
 *
 * @param <T> the items
 */
final class ZipfSampler<T> {
  private final List<T> items;
  private final double[] cumulative;

  ZipfSampler(List<T> rankedItems, double exponent) {
    if (rankedItems.isEmpty()) {
      throw new IllegalArgumentException("nothing to sample from");
    }
    this.items = List.copyOf(rankedItems);
    this.cumulative = new double[items.size()];
    double total = 0;
    for (int r = 0; r < items.size(); r++) {
      total += 1 / Math.pow(r + 1, exponent);
      cumulative[r] = total;
    }
    for (int r = 0; r < cumulative.length; r++) {
      cumulative[r] /= total;
    }
  }

  T sample(RandomGenerator random) {
    double u = random.nextDouble();
    int i = Arrays.binarySearch(cumulative, u);
    int index = i >= 0 ? i : -i - 1;
    return items.get(Math.min(index, items.size() - 1));
  }

  /** The probability of the item at {@code rank} (from 0). */
  double probability(int rank) {
    return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
  }
}
