package org.icoder.agree;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How an estimate is written in every output: counts as integers, proportions with 4 decimals,
 * p-values with 6, dot decimal separator whatever the locale, and an empty cell (JSON null) when
 * not estimable. {@code -0.0000} is written {@code 0.0000}.
 */
final class Cells {
  private Cells() {}

  static BigDecimal decimal(AgreementColumn column, Estimate e) {
    if (!e.estimable()) {
      return null;
    }
    return switch (column.kind()) {
      case COUNT -> BigDecimal.valueOf(Math.round(e.value()));
      case PROPORTION -> round(e.value(), 4);
      case P_VALUE -> round(e.value(), 6);
      case TEXT -> throw new IllegalArgumentException(column.column() + " is text, not a number");
    };
  }

  private static BigDecimal round(double v, int places) {
    BigDecimal d = new BigDecimal(v).setScale(places, RoundingMode.HALF_UP);
    return d.signum() == 0 ? BigDecimal.ZERO.setScale(places) : d;
  }

  static String text(AgreementColumn column, Estimate e) {
    BigDecimal d = decimal(column, e);
    return d == null ? "" : d.toPlainString();
  }
}
