package io.github.socialstrategy.core.analyze;

import java.util.Map;

/** Evaluates a parsed {@link Formula} over known metric values; NaN when an input is missing or a division is by 0. */
public final class FormulaEvaluator {

  private FormulaEvaluator() {}

  public static double evaluate(Formula formula, Map<String, Double> values) {
    return eval(formula.root(), values);
  }

  private static double eval(Formula.Expr e, Map<String, Double> values) {
    if (e instanceof Formula.Num n) {
      return n.value();
    }
    if (e instanceof Formula.MetricRef r) {
      Double v = values.get(r.id());
      return v == null ? Double.NaN : v;
    }
    if (e instanceof Formula.Negate n) {
      return -eval(n.operand(), values);
    }
    Formula.Binary b = (Formula.Binary) e;
    double l = eval(b.left(), values);
    double r = eval(b.right(), values);
    return switch (b.op()) {
      case '+' -> l + r;
      case '-' -> l - r;
      case '*' -> l * r;
      default -> r == 0 ? Double.NaN : l / r;
    };
  }
}
