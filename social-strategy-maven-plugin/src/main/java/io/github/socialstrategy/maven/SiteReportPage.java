package io.github.socialstrategy.maven;

import io.github.socialstrategy.core.render.page.PlanSummary;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/**
 * The "Social strategy" page of a project site, written through Doxia so it takes the site's own skin: the
 * plan's health, its KPIs, its findings, and a link to the plan's full site.
 */
final class SiteReportPage {

  /** Findings listed on the page; the rest are on the plan site's diagnostics page. */
  static final int TOP_FINDINGS = 20;

  private final Sink sink;

  SiteReportPage(Sink sink) {
    this.sink = sink;
  }

  /**
   * @param siteUrl the plan site's index page, relative to this page ({@code social-strategy/index.html})
   */
  void render(PlanSummary s, String siteUrl) {
    String base = siteUrl.substring(0, siteUrl.lastIndexOf('/') + 1);
    sink.head();
    sink.title();
    sink.text("Social strategy");
    sink.title_();
    sink.head_();
    sink.body();

    sink.section1();
    sink.sectionTitle1();
    sink.text("Social strategy: " + s.title());
    sink.sectionTitle1_();
    sink.paragraph();
    sink.text((s.organisation().isEmpty() ? "" : s.organisation() + ". ") + "Plan " + s.planId() + ", " + s.period()
        + ", as of " + s.asOf() + ". ");
    sink.link(siteUrl);
    sink.text("Open the plan's full site");
    sink.link_();
    sink.text(" for its dashboard, coverage, traceability, schedule, results and a page per objective.");
    sink.paragraph_();

    sink.section2();
    sink.sectionTitle2();
    sink.text("Health");
    sink.sectionTitle2_();
    table(
        List.of("Errors", "Warnings", "Activities traced to an objective", "Objectives with KPIs", "KPIs met",
            "Average KPI attainment", "Planned budget", "Recorded spend"),
        List.of(List.of(
            Integer.toString(s.errors()),
            Integer.toString(s.warnings()),
            s.tracedActivities() + " of " + s.activities(),
            s.objectivesWithKpi() + " of " + s.objectives().size(),
            s.kpisMet() + " of " + s.kpisScored() + " scored",
            s.attainment().isEmpty() ? "–" : s.attainment(),
            s.budget(),
            s.spent())),
        null, base);
    sink.section2_();

    sink.section2();
    sink.sectionTitle2();
    sink.text("KPIs");
    sink.sectionTitle2_();
    if (s.kpis().isEmpty()) {
      paragraph("The plan has no KPIs yet.");
    } else {
      List<List<String>> rows = new java.util.ArrayList<>();
      List<String> links = new java.util.ArrayList<>();
      for (PlanSummary.KpiRow k : s.kpis()) {
        rows.add(List.of(k.objective(), k.metric(), k.baseline(), k.target(), k.actual(), k.attainment(), k.status(), k.pace()));
        links.add(k.objectiveUrl());
      }
      table(List.of("Objective", "Metric", "Baseline", "Target", "Actual", "Attainment", "Status", "Pace"), rows, links, base);
    }
    sink.section2_();

    sink.section2();
    sink.sectionTitle2();
    sink.text("Findings");
    sink.sectionTitle2_();
    if (s.findings().isEmpty()) {
      paragraph("No findings: the plan passes every rule.");
    } else {
      List<List<String>> rows = new java.util.ArrayList<>();
      for (PlanSummary.Finding f : s.findings().subList(0, Math.min(TOP_FINDINGS, s.findings().size()))) {
        rows.add(List.of(f.severity(), f.place(), f.message(), f.rule()));
      }
      table(List.of("Severity", "Place", "Message", "Rule"), rows, null, base);
      if (s.findings().size() > TOP_FINDINGS) {
        sink.paragraph();
        sink.text((s.findings().size() - TOP_FINDINGS) + " more findings are on ");
        sink.link(base + "diagnostics.html");
        sink.text("the plan's diagnostics page");
        sink.link_();
        sink.text(".");
        sink.paragraph_();
      }
    }
    sink.section2_();
    sink.section1_();
    sink.body_();
    sink.flush();
    sink.close();
  }

  private void paragraph(String text) {
    sink.paragraph();
    sink.text(text);
    sink.paragraph_();
  }

  /** A table; with {@code links}, each row's first cell links to that page of the plan site. */
  private void table(List<String> headers, List<List<String>> rows, List<String> links, String base) {
    sink.table();
    sink.tableRows(null, false);
    sink.tableRow();
    for (String h : headers) {
      sink.tableHeaderCell();
      sink.text(h);
      sink.tableHeaderCell_();
    }
    sink.tableRow_();
    for (int r = 0; r < rows.size(); r++) {
      sink.tableRow();
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        sink.tableCell();
        if (c == 0 && links != null) {
          sink.link(base + links.get(r));
          sink.text(row.get(c));
          sink.link_();
        } else {
          sink.text(row.get(c));
        }
        sink.tableCell_();
      }
      sink.tableRow_();
    }
    sink.tableRows_();
    sink.table_();
  }
}
