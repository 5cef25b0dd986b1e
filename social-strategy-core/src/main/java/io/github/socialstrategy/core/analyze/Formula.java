package io.github.socialstrategy.core.analyze;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A derived metric's formula: metric ids, numbers, {@code + - * /} and parentheses, nothing else. Parsed
 * by a small recursive-descent parser of our own so that no expression language (and no path to Java)
 * is involved. Because ids contain dashes, subtraction needs spaces: {@code a - b}; {@code a-b} is the
 * metric {@code a-b}.
 */
public final class Formula {

  /** Deepest nesting of parentheses accepted. */
  static final int MAX_DEPTH = 64;

  /** A formula that cannot be parsed; {@code offset} is the 0-based character where the problem is. */
  public static final class FormulaException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    FormulaException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  /** A node of the parsed formula. */
  public sealed interface Expr permits Num, MetricRef, Binary, Negate {}

  public record Num(double value) implements Expr {}

  /** @param offset where the id starts in the formula text */
  public record MetricRef(String id, int offset) implements Expr {}

  public record Binary(char op, Expr left, Expr right) implements Expr {}

  public record Negate(Expr operand) implements Expr {}

  private final String text;
  private final Expr root;
  private final List<MetricRef> references;

  private Formula(String text, Expr root, List<MetricRef> references) {
    this.text = text;
    this.root = root;
    this.references = List.copyOf(references);
  }

  public String text() {
    return text;
  }

  public Expr root() {
    return root;
  }

  /** The metric ids the formula names, each with its place, in order of appearance. */
  public List<MetricRef> references() {
    return references;
  }

  /** The distinct metric ids named. */
  public Set<String> metricIds() {
    Set<String> ids = new LinkedHashSet<>();
    references.forEach(r -> ids.add(r.id()));
    return ids;
  }

  /**
   * The metric ids that raise the formula's value when they grow: every id outside a divisor and outside the
   * right of a subtraction ({@code engagements} in {@code engagements / impressions * 100}). What to push to move
   * a derived metric up.
   */
  public Set<String> drivers() {
    Set<String> ids = new LinkedHashSet<>();
    drivers(root, true, ids);
    return ids;
  }

  private static void drivers(Expr e, boolean positive, Set<String> out) {
    if (e instanceof MetricRef r) {
      if (positive) {
        out.add(r.id());
      }
    } else if (e instanceof Negate n) {
      drivers(n.operand(), !positive, out);
    } else if (e instanceof Binary b) {
      drivers(b.left(), positive, out);
      boolean rightPositive = b.op() == '+' || b.op() == '*' ? positive : !positive;
      drivers(b.right(), rightPositive, out);
    }
  }

  public static Formula parse(String text) throws FormulaException {
    Parser p = new Parser(text);
    Expr root = p.expression(0);
    p.skipSpace();
    if (p.pos < text.length()) {
      throw new FormulaException(
          "unexpected '" + text.charAt(p.pos) + "'; a formula uses only metric ids, numbers, + - * / and parentheses", p.pos);
    }
    return new Formula(text, root, p.refs);
  }

  private static final class Parser {
    final String s;
    int pos;
    final List<MetricRef> refs = new ArrayList<>();

    Parser(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    // expression := term (('+' | '-') term)*
    Expr expression(int depth) throws FormulaException {
      Expr left = term(depth);
      while (true) {
        skipSpace();
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
          char op = s.charAt(pos++);
          left = new Binary(op, left, term(depth));
        } else {
          return left;
        }
      }
    }

    // term := factor (('*' | '/') factor)*
    Expr term(int depth) throws FormulaException {
      Expr left = factor(depth);
      while (true) {
        skipSpace();
        if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
          char op = s.charAt(pos++);
          left = new Binary(op, left, factor(depth));
        } else {
          return left;
        }
      }
    }

    // factor := number | metric-id | '(' expression ')' | '-' factor
    Expr factor(int depth) throws FormulaException {
      skipSpace();
      if (pos >= s.length()) {
        throw new FormulaException("the formula ends where a metric id, number or '(' is expected", pos);
      }
      char c = s.charAt(pos);
      if (c == '(') {
        if (depth >= MAX_DEPTH) {
          throw new FormulaException("parentheses are nested more than " + MAX_DEPTH + " deep", pos);
        }
        int open = pos++;
        Expr inner = expression(depth + 1);
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != ')') {
          throw new FormulaException("the '(' here is never closed", open);
        }
        pos++;
        return inner;
      }
      if (c == '-') {
        if (depth >= MAX_DEPTH) {
          throw new FormulaException("too many signs in a row", pos);
        }
        pos++;
        return new Negate(factor(depth + 1));
      }
      if (isWordChar(c) || c == '.') {
        int start = pos;
        while (pos < s.length() && (isWordChar(s.charAt(pos)) || s.charAt(pos) == '.' || isInnerDash(pos))) {
          pos++;
        }
        String word = s.substring(start, pos);
        if (word.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
          return new Num(Double.parseDouble(word));
        }
        if (word.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          MetricRef ref = new MetricRef(word, start);
          refs.add(ref);
          return ref;
        }
        throw new FormulaException("'" + word + "' is neither a number nor a metric id", start);
      }
      throw new FormulaException(
          "unexpected '" + c + "'; a formula uses only metric ids, numbers, + - * / and parentheses", pos);
    }

    private static boolean isWordChar(char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    // A dash joins two words of an id only when written without spaces: a-b.
    private boolean isInnerDash(int i) {
      return s.charAt(i) == '-' && i > 0 && i + 1 < s.length() && isWordChar(s.charAt(i - 1)) && isWordChar(s.charAt(i + 1));
    }
  }
}
