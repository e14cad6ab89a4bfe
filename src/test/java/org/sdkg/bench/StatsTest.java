package org.sdkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void of_oddCount_medianIsMiddleValue() {
    assertEquals(new Stats(2.0, 1.0, 9.0, 3), Stats.of(List.of(9.0, 1.0, 2.0)));
  }

  @Test
  void of_evenCount_medianIsMeanOfMiddlePair() {
    assertEquals(new Stats(2.5, 1.0, 4.0, 4), Stats.of(List.of(4.0, 1.0, 3.0, 2.0)));
  }

  @Test
  void format_printsMedianThenRange() {
    assertEquals("2.50 (1.00–4.00)", Stats.of(List.of(4.0, 1.0, 3.0, 2.0)).format(2));
  }

  @Test
  void of_nothing_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
  }
}
