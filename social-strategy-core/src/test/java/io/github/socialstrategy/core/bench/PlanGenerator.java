package io.github.socialstrategy.core.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a plan of the benchmark shape, as a team would keep it: one file for the plan and its metrics,
 * one for channels, objectives by pillar, strategies and activities in files of 500, campaigns in files of
 * 50, result tables of 100,000 rows, and two narrative pages. The same size and seed always give the same
 * bytes.
 *
 * <p>Shape L is 100 objectives, 2,000 strategies, 20,000 activities with 3 tasks each, 200 campaigns, 12
 * channels, 7 metrics (one derived) and 1,000,000 CSV result rows scoped to channels, activities and
 * campaigns. The other sizes keep its ratios: S has 1,000 activities and 50,000 rows, M 5,000 and 250,000,
 * XL 100,000 and 5,000,000. It has a few deliberate findings, all warnings, so {@code check} passes: an
 * objective without a KPI, an activity over its budget, a task due outside its activity's schedule, and the
 * pacing and ROI findings its results give.
 *
 * <pre>
 * ./mvnw -q -pl social-strategy-core -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.socialstrategy.core.bench.PlanGenerator -Dexec.args="L target/plan-L"
 * </pre>
 *
 * <p>Arguments: the size ({@code S}, {@code M}, {@code L}, {@code XL}, or a number of activities), the
 * directory of the Maven project to write (the plan goes to its {@code src/strategy}; an existing directory
 * is refused), optionally the plugin version for its {@code pom.xml} and the seed (default 11).
 */
public final class PlanGenerator {

  /** The sizes: activities and result rows. */
  public enum Size {
    S(1_000, 50_000), M(5_000, 250_000), L(20_000, 1_000_000), XL(100_000, 5_000_000);

    final int activities;
    final int rows;

    Size(int activities, int rows) {
      this.activities = activities;
      this.rows = rows;
    }
  }

  static final int ACTIVITIES_PER_FILE = 500;
  static final int STRATEGIES_PER_FILE = 500;
  static final int CAMPAIGNS_PER_FILE = 50;
  static final int ROWS_PER_FILE = 100_000;
  static final int CHANNELS = 12;
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
  static final String[] PILLARS = {"marketing", "service", "sales", "intelligence"};
  static final String[][] GOALS = {
    {"awareness", "engagement", "reputation", "traffic", "thought-leadership"},
    {"response-time", "resolution", "satisfaction", "deflection"},
    {"lead-generation", "conversion", "retention"},
    {"listening", "competitor-insight", "product-feedback"}
  };
  static final String[] CHANNEL_TYPES = {"social-network", "video", "photo-sharing", "blog", "forum", "messaging"};
  /** The measured metrics; the seventh, engagement-rate, is derived from two of them. */
  static final String[] METRICS = {"impressions", "engagements", "clicks", "leads", "revenue", "response-time"};
  static final String[] CADENCES = {"daily", "weekly", "biweekly", "monthly"};
  static final String[] STATUSES = {"active", "active", "active", "planned", "paused", "done"};

  private final int activities;
  private final int rows;
  private final int objectives;
  private final int strategies;
  private final int campaigns;
  private final long seed;

  /** A plan of {@code activities} activities and {@code rows} result rows, the other counts in L's ratios. */
  public PlanGenerator(int activities, int rows, long seed) {
    this.activities = activities;
    this.rows = rows;
    this.objectives = Math.max(4, activities / 200);
    this.strategies = Math.max(4, activities / 10);
    this.campaigns = Math.max(2, activities / 100);
    this.seed = seed;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: PlanGenerator S|M|L|XL|ACTIVITIES PROJECT_DIR [PLUGIN_VERSION [SEED]]");
      System.exit(2);
    }
    int activities;
    int rows;
    try {
      Size size = Size.valueOf(args[0].toUpperCase(Locale.ROOT));
      activities = size.activities;
      rows = size.rows;
    } catch (IllegalArgumentException e) {
      activities = Integer.parseInt(args[0]);
      rows = activities * 50;
    }
    Path project = Path.of(args[1]);
    String version = args.length > 2 ? args[2] : "0.1.0-SNAPSHOT";
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 11;
    long t0 = System.nanoTime();
    PlanGenerator generator = new PlanGenerator(activities, rows, seed);
    generator.writeProject(project, version);
    System.out.printf(Locale.ROOT, "generated %,d activities, %,d result rows in %s (%,d ms)%n",
        activities, rows, project, (System.nanoTime() - t0) / 1_000_000);
  }

  /** Writes a Maven project whose POM runs the plugin on the plan in {@code src/strategy}. */
  public void writeProject(Path project, String pluginVersion) throws IOException {
    if (Files.exists(project)) {
      throw new IOException(project + " exists; choose a new directory");
    }
    write(project.resolve("pom.xml"), w -> w.write(pom(pluginVersion)));
    writePlan(project.resolve("src/strategy"));
  }

  /** Writes the plan's files into {@code dir}. */
  public void writePlan(Path dir) throws IOException {
    writePlanFile(dir);
    writeChannels(dir);
    writeObjectives(dir);
    writeStrategies(dir);
    writeActivities(dir);
    writeCampaigns(dir);
    writeResults(dir);
    write(dir.resolve("pages/measurement.md"), w -> w.write("""
        # How we measure

        Every [objective](objective:objective-1) has KPIs; results come from the platforms' exports.
        """));
    write(dir.resolve("pages/team/roles.md"), w -> w.write("# Roles\n\nOwners are named on each activity.\n"));
  }

  static String pom(String pluginVersion) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>generated-plan</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>io.github.socialstrategy</groupId>
                <artifactId>social-strategy-maven-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(pluginVersion);
  }

  private void writePlanFile(Path dir) throws IOException {
    write(dir.resolve("plan.yaml"), w -> w.write("""
        plan:
          id: generated-plan
          title: Generated plan
          organisation: Benchmark Inc.
          period: { start: 2026-01-01, end: 2026-12-31 }
          currency: EUR
          asOf: %s
          allocation: { marketing: 40, service: 20, sales: 25, intelligence: 15 }
          description: |
            A generated plan of %,d activities. See [how we measure](page:measurement).
        metrics:
          - { id: impressions, title: Impressions, unit: count, level: output }
          - { id: engagements, title: Engagements, unit: count, level: outtake }
          - { id: clicks, title: Clicks, unit: count, level: outtake }
          - { id: leads, title: Leads, unit: count, level: outcome }
          - { id: revenue, title: Revenue, unit: currency, financial: true, level: impact }
          - { id: response-time, title: Response time, unit: minutes, aggregate: average, better: lower, level: outcome }
          - id: engagement-rate
            title: Engagement rate
            unit: percent
            level: outtake
            formula: engagements / impressions * 100
        """.formatted(AS_OF, activities)));
  }

  private void writeChannels(Path dir) throws IOException {
    write(dir.resolve("channels.yaml"), w -> {
      w.write("channels:\n");
      for (int c = 1; c <= CHANNELS; c++) {
        w.write("  - id: channel-" + c + "\n    title: Channel " + c + "\n    type: " + CHANNEL_TYPES[c % CHANNEL_TYPES.length]
            + "\n    url: https://example.org/channel-" + c + "\n");
      }
    });
  }

  private void writeObjectives(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < PILLARS.length; p++) {
      int pillar = p;
      write(dir.resolve("objectives/" + PILLARS[p] + ".yaml"), w -> {
        w.write("objectives:\n");
        for (int o = 1; o <= objectives; o++) {
          if (pillarOf(o) != pillar) {
            continue;
          }
          w.write("  - id: objective-" + o + "\n    title: Objective " + o + " of the " + PILLARS[pillar] + " pillar\n");
          w.write("    pillar: " + PILLARS[pillar] + "\n    owner: Owner " + (o % 7 + 1) + "\n    priority: "
              + (o % 3 == 0 ? "high" : o % 3 == 1 ? "medium" : "low") + "\n    tags: [generated, " + PILLARS[pillar] + "]\n");
          if (o == objectives) {
            continue; // deliberate: objective-without-kpi
          }
          w.write("    kpis:\n");
          String metric = switch (pillar) {
            case 0 -> o % 2 == 0 ? "impressions" : "engagement-rate";
            case 1 -> "response-time";
            case 2 -> o % 2 == 0 ? "revenue" : "leads";
            default -> "clicks";
          };
          w.write("      - { metric: " + metric + ", " + kpi(metric, random) + " }\n");
          if (o % 4 == 0) {
            w.write("      - { metric: engagements, baseline: 0, target: " + (50_000 + random.nextInt(50_000)) + ", due: 2026-12-31 }\n");
          }
          w.write("    description: Objective " + o + ", measured on the [results page](page:measurement).\n");
        }
      });
    }
  }

  private String kpi(String metric, SplittableRandom random) {
    double perObjective = (double) rows / objectives;
    return switch (metric) {
      case "response-time" -> "baseline: 60, target: 30, due: 2026-12-31";
      case "engagement-rate" -> "baseline: 10, target: 20";
      case "revenue" -> "baseline: 0, target: " + (long) (perObjective * 500 * (0.5 + random.nextDouble()));
      default -> "baseline: 0, target: " + (long) (perObjective * 300 * (0.5 + random.nextDouble())) + ", due: 2026-12-31";
    };
  }

  private int pillarOf(int objective) {
    return (objective - 1) % PILLARS.length;
  }

  private void writeStrategies(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(seed + 1);
    for (int from = 1; from <= strategies; from += STRATEGIES_PER_FILE) {
      int first = from;
      int last = Math.min(strategies, from + STRATEGIES_PER_FILE - 1);
      write(dir.resolve(String.format(Locale.ROOT, "strategies/strategies-%03d.yaml", (from - 1) / STRATEGIES_PER_FILE + 1)), w -> {
        w.write("strategies:\n");
        for (int s = first; s <= last; s++) {
          int objective = (s - 1) % objectives + 1;
          w.write("  - id: strategy-" + s + "\n    title: Strategy " + s + "\n    serves: [objective-" + objective);
          if (s % 5 == 0) {
            w.write(", objective-" + ((objective + objectives / 2 - 1) % objectives + 1));
          }
          w.write("]\n    goals: [" + GOALS[pillarOf(objective)][random.nextInt(GOALS[pillarOf(objective)].length)] + "]\n");
          if (s % 3 == 0) {
            w.write("    influences: [strategy-" + (s % strategies + 1) + "]\n");
          }
          w.write("    tags: [generated]\n");
        }
      });
    }
  }

  private void writeActivities(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(seed + 2);
    for (int from = 1; from <= activities; from += ACTIVITIES_PER_FILE) {
      int first = from;
      int last = Math.min(activities, from + ACTIVITIES_PER_FILE - 1);
      write(dir.resolve(String.format(Locale.ROOT, "activities/activities-%03d.yaml", (from - 1) / ACTIVITIES_PER_FILE + 1)), w -> {
        w.write("activities:\n");
        for (int a = first; a <= last; a++) {
          activity(w, a, random);
        }
      });
    }
  }

  private void activity(Writer w, int a, SplittableRandom random) throws IOException {
    int strategy = (a - 1) % strategies + 1;
    LocalDate start = START.plusDays(random.nextInt(120));
    LocalDate end = start.plusDays(90 + random.nextInt(200));
    if (end.getYear() > 2026) {
      end = LocalDate.of(2026, 12, 31);
    }
    w.write("  - id: activity-" + a + "\n    title: Activity " + a + "\n    implements: [strategy-" + strategy);
    if (a % 7 == 0) {
      w.write(", strategy-" + (strategy % strategies + 1));
    }
    w.write("]\n    channels: [channel-" + ((a - 1) % CHANNELS + 1));
    if (a % 4 == 0) {
      w.write(", channel-" + (a % CHANNELS + 1));
    }
    w.write("]\n    owner: Team " + (a % 25 + 1) + "\n    status: " + STATUSES[random.nextInt(STATUSES.length)] + "\n");
    w.write("    schedule: { start: " + start + ", end: " + end + ", cadence: " + CADENCES[a % CADENCES.length] + " }\n");
    w.write("    hoursPerWeek: " + (1 + random.nextInt(8)) + "\n");
    // Deliberate: activity-1's budget is far below what its results cost (budget-overrun).
    w.write("    budget: " + (a == 1 ? 10 : 500 + random.nextInt(20) * 100) + "\n");
    w.write("    tasks:\n");
    for (int t = 1; t <= 3; t++) {
      // Deliberate: activity-2's last task is due after its schedule ends (outside-period).
      LocalDate due = a == 2 && t == 3 ? end.plusDays(10) : start.plusDays((long) t * (end.toEpochDay() - start.toEpochDay()) / 4);
      w.write("      - { title: Task " + t + " of activity " + a + ", due: " + due + ", done: " + due.isBefore(AS_OF) + " }\n");
    }
    w.write("    tags: [generated, wave-" + (a % 4 + 1) + "]\n");
    w.write("    description: |\n      Carries out [strategy " + strategy + "](strategy:strategy-" + strategy
        + ") on its channel.\n      Weekly notes go to the team's board.\n");
  }

  private void writeCampaigns(Path dir) throws IOException {
    for (int from = 1; from <= campaigns; from += CAMPAIGNS_PER_FILE) {
      int first = from;
      int last = Math.min(campaigns, from + CAMPAIGNS_PER_FILE - 1);
      write(dir.resolve(String.format(Locale.ROOT, "campaigns/campaigns-%02d.yaml", (from - 1) / CAMPAIGNS_PER_FILE + 1)), w -> {
        w.write("campaigns:\n");
        for (int c = first; c <= last; c++) {
          LocalDate start = campaignStart(c);
          w.write("  - id: campaign-" + c + "\n    title: Campaign " + c + "\n    period: { start: " + start + ", end: "
              + campaignEnd(c) + " }\n");
          w.write("    intent: [objective-" + ((c - 1) % objectives + 1) + "]\n    activities: [");
          for (int k = 0; k < 5; k++) {
            w.write((k == 0 ? "" : ", ") + "activity-" + (((c - 1) * 5 + k) % activities + 1));
          }
          w.write("]\n    budget: " + (5_000 + (c % 10) * 1_000) + "\n    tags: [generated]\n");
        }
      });
    }
  }

  private static LocalDate campaignStart(int c) {
    return START.plusDays((c * 37L) % 300);
  }

  private static LocalDate campaignEnd(int c) {
    return campaignStart(c).plusDays(30 + c % 30);
  }

  private void writeResults(Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(seed + 3);
    int days = (int) (AS_OF.toEpochDay() - START.toEpochDay()) + 1;
    for (int from = 0; from < rows; from += ROWS_PER_FILE) {
      int first = from;
      int last = Math.min(rows, from + ROWS_PER_FILE);
      write(dir.resolve(String.format(Locale.ROOT, "results/results-%03d.csv", from / ROWS_PER_FILE + 1)), w -> {
        w.write("date,metric,value,channel,activity,campaign,cost\n");
        StringBuilder line = new StringBuilder(80);
        for (int r = first; r < last; r++) {
          line.setLength(0);
          String metric = METRICS[r % METRICS.length];
          int scope = (r / METRICS.length) % 6; // 2 of 6 rows by channel, 3 by activity, 1 by campaign
          int target = r / (METRICS.length * 6);
          int campaign = target % campaigns + 1;
          LocalDate date;
          if (scope == 5) {
            while (campaignStart(campaign).isAfter(AS_OF)) {
              campaign = campaign % campaigns + 1; // only campaigns that have started by the report date
            }
            LocalDate cs = campaignStart(campaign);
            LocalDate ce = campaignEnd(campaign).isAfter(AS_OF) ? AS_OF : campaignEnd(campaign);
            date = cs.plusDays(random.nextInt((int) (ce.toEpochDay() - cs.toEpochDay()) + 1));
          } else {
            date = START.plusDays(random.nextInt(days));
          }
          line.append(date).append(',').append(metric).append(',').append(value(metric, random)).append(',');
          if (scope < 2) {
            line.append("channel-").append(target % CHANNELS + 1).append(",,");
          } else if (scope < 5) {
            // activity-1 collects far more cost than its budget (budget-overrun)
            line.append(",activity-").append(r % 997 == 0 ? 1 : target % activities + 1).append(',');
          } else {
            line.append(",,campaign-").append(campaign);
          }
          line.append(',');
          if (metric.equals("revenue") || r % 5 == 0) {
            line.append(1 + random.nextInt(40));
          }
          line.append('\n');
          w.append(line);
        }
      });
    }
  }

  private static String value(String metric, SplittableRandom random) {
    return switch (metric) {
      case "impressions" -> Integer.toString(200 + random.nextInt(5_000));
      case "engagements" -> Integer.toString(10 + random.nextInt(400));
      case "clicks" -> Integer.toString(random.nextInt(120));
      case "leads" -> Integer.toString(random.nextInt(6));
      case "revenue" -> Integer.toString(20 + random.nextInt(100));
      default -> Integer.toString(5 + random.nextInt(90)) + "." + random.nextInt(10);
    };
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    }
  }
}
