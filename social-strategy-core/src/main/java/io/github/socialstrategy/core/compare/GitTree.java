package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.load.PlanTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The plan directory as it was at a git revision, read from the object database: nothing is checked out
 * or written to disk. Only regular files count; a link in the tree is not followed, as a link on disk
 * that leads outside the plan directory is not.
 */
final class GitTree implements PlanTree {

  private final Path root;
  private final ObjectReader reader;
  private final Map<String, ObjectId> blobs;

  private GitTree(Path root, ObjectReader reader, Map<String, ObjectId> blobs) {
    this.root = root;
    this.reader = reader;
    this.blobs = blobs;
  }

  /**
   * The files under a tree.
   *
   * @param root where the plan directory is on disk, to show paths as the current plan's are shown
   * @param tree the tree of the plan directory at the revision
   */
  static GitTree of(Path root, ObjectReader reader, ObjectId tree) throws IOException {
    Map<String, ObjectId> blobs = new TreeMap<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          blobs.put(walk.getPathString(), walk.getObjectId(0));
        }
      }
    }
    return new GitTree(root, reader, blobs);
  }

  @Override
  public Path root() {
    return root;
  }

  @Override
  public List<String> files(Predicate<String> wanted, BiConsumer<String, String> refused) {
    List<String> out = new ArrayList<>();
    for (String p : blobs.keySet()) {
      if (wanted.test(p)) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  public String problem(String planPath) {
    return blobs.containsKey(planPath) ? null : "does not exist in the plan directory at the baseline; check the path";
  }

  @Override
  public long size(String planPath) throws IOException {
    return reader.getObjectSize(blob(planPath), Constants.OBJ_BLOB);
  }

  @Override
  public InputStream open(String planPath) throws IOException {
    return reader.open(blob(planPath), Constants.OBJ_BLOB).openStream();
  }

  private ObjectId blob(String planPath) throws IOException {
    ObjectId id = blobs.get(planPath);
    if (id == null) {
      throw new java.nio.file.NoSuchFileException(planPath);
    }
    return id;
  }
}
