package io.github.socialstrategy.core.compare;

import io.github.socialstrategy.core.CheckResult;
import io.github.socialstrategy.core.Settings;
import io.github.socialstrategy.core.load.PlanTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the baseline a plan is compared with: a git revision of the repository that holds the project
 * (read from the object database, nothing checked out), or the {@code plan.json} of an earlier site. Both
 * sides are loaded, linked and analysed by the same engine. Whatever goes wrong with the baseline becomes
 * one warning, never a failure: the outputs are then written without a comparison.
 */
public final class Baseline {

  /** Loads, links and checks the plan held in a tree of files, as {@code SocialStrategy.check} does. */
  @FunctionalInterface
  public interface Checker {
    CheckResult check(PlanTree tree) throws IOException;
  }

  private Baseline() {}

  /**
   * Compares a checked plan with a baseline.
   *
   * @param spec a git revision ({@code origin/main}, {@code HEAD~1}, a tag, a commit id) or the path of a
   *     {@code plan.json}, absolute or relative to the project's base directory; blank for none
   * @param checker checks the baseline's plan with the same settings as the current one
   */
  public static Comparison compare(String spec, CheckResult current, Settings settings, Checker checker) {
    if (spec == null || spec.isBlank()) {
      return Comparison.NONE;
    }
    String s = spec.trim();
    ReviewPaths paths = ReviewPaths.of(settings.baseDirectory(), settings.planDirectory());
    Snapshot now = Snapshots.of(current, paths);
    Path json = planJson(s, settings.baseDirectory());
    if (json != null) {
      return fromPlanJson(s, json, now, paths);
    }
    return fromGit(s, settings, checker, now, paths);
  }

  /** The plan.json a spec names, or null when it names no file (and so is a revision). */
  private static Path planJson(String spec, Path base) {
    try {
      Path p = base.resolve(spec).normalize();
      if (Files.isRegularFile(p) || spec.toLowerCase(Locale.ROOT).endsWith(".json")) {
        return p;
      }
    } catch (InvalidPathException e) {
      // not a path: a revision such as HEAD~1 or origin/main
    }
    return null;
  }

  private static Comparison fromPlanJson(String spec, Path json, Snapshot now, ReviewPaths paths) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(json);
    } catch (IOException e) {
      return Comparison.failed("Cannot read the baseline plan.json " + json.toAbsolutePath() + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); give the path of the plan.json of an earlier site, "
          + "or a git revision such as origin/main. The outputs are written without a comparison.");
    }
    try {
      Snapshot was = PlanJsonSnapshot.read(bytes, paths);
      return Comparison.of(Comparer.compare(spec, was, now, false));
    } catch (PlanJsonSnapshot.UnreadableException e) {
      return Comparison.failed("The baseline " + json.toAbsolutePath() + " cannot be compared: " + e.getMessage()
          + "; give the plan.json of an earlier site. The outputs are written without a comparison.");
    }
  }

  private static Comparison fromGit(String spec, Settings settings, Checker checker, Snapshot now, ReviewPaths paths) {
    Path base = settings.baseDirectory().toAbsolutePath().normalize();
    try (Repository repo = GitRepositories.open(base)) {
      if (repo == null) {
        return Comparison.failed("The baseline '" + spec + "' is not a file, and there is no git repository at or above " + base
            + " to find it in as a revision; run the build inside the plan's git clone, or give the path of an earlier plan.json. "
            + "The outputs are written without a comparison.");
      }
      Path workTree = GitRepositories.workTree(repo);
      ObjectId commit;
      try {
        commit = repo.resolve(spec + "^{commit}");
      } catch (RevisionSyntaxException | AmbiguousObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
        commit = null;
      } catch (org.eclipse.jgit.errors.MissingObjectException e) {
        commit = null;
      }
      if (commit == null) {
        return Comparison.failed(missing(spec, repo, workTree));
      }
      Path planDir = settings.planDirectory().toAbsolutePath().normalize();
      String rel = GitRepositories.relative(workTree, planDir);
      if (rel == null) {
        return Comparison.failed("The plan directory " + planDir + " is not inside the git repository at " + workTree
            + ", so it has no baseline there; the outputs are written without a comparison.");
      }
      String label = spec + " (" + commit.abbreviate(7).name() + ")";
      try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
        RevCommit c = walk.parseCommit(commit);
        ObjectId tree = c.getTree();
        if (!rel.isEmpty()) {
          try (TreeWalk tw = TreeWalk.forPath(reader, rel, c.getTree())) {
            tree = tw == null || !tw.getFileMode(0).equals(org.eclipse.jgit.lib.FileMode.TREE) ? null : tw.getObjectId(0);
          }
        }
        if (tree == null) {
          // The plan did not exist yet: everything in it is added.
          return Comparison.of(Comparer.compare(label, Snapshot.EMPTY, now, true));
        }
        CheckResult was = checker.check(GitTree.of(planDir, reader, tree));
        return Comparison.of(Comparer.compare(label, Snapshots.of(was, paths), now, false));
      }
    } catch (IOException | RuntimeException e) {
      // A damaged repository or object: the baseline is lost, the build is not.
      return Comparison.failed("Cannot read the baseline '" + spec + "' from the git repository at or above " + base + " ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + "); the outputs are written without a comparison.");
    }
  }

  private static String missing(String spec, Repository repo, Path workTree) {
    boolean shallow = Files.exists(repo.getDirectory().toPath().resolve("shallow"));
    String what = "The baseline revision '" + spec + "' is not in the git repository at " + workTree;
    String todo = shallow
        ? " (it is a shallow clone, without the older history): fetch the whole history with `git fetch --unshallow`, "
            + "or check out with fetch-depth 0 (`actions/checkout` with `fetch-depth: 0`; GitLab `GIT_DEPTH: 0`)"
        : ": check the name, or fetch it first (`git fetch origin main` for origin/main)";
    return what + todo + ". The outputs are written without a comparison.";
  }
}
