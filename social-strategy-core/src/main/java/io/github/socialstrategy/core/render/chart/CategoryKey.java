package io.github.socialstrategy.core.render.chart;

/**
 * A category of a JFreeChart category dataset: its position keeps two equal labels apart (datasets
 * merge equal keys), its label is what the axis shows.
 */
record CategoryKey(int index, String label) implements Comparable<CategoryKey> {

  @Override
  public int compareTo(CategoryKey other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return label;
  }
}
