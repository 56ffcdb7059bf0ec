/**
 * Run reports: {@link org.snn4j.examples.report.RunReport} (the JSON), its Markdown twin
 * {@link org.snn4j.examples.report.ReportMarkdown}, the facts they carry
 * ({@link org.snn4j.examples.report.MachineInfo}, {@link org.snn4j.examples.report.ModelSummary})
 * and {@link org.snn4j.examples.report.RunArtifacts}, which writes a report with its plots.
 */
package org.snn4j.examples.report;
