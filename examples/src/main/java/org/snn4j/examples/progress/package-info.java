/**
 * What a training run shows while it runs: {@link org.snn4j.examples.progress.TrainingProgress}
 * (the one {@link org.snn4j.datasets.cache.ProgressBar}: bar with ETA on a terminal, plain lines in
 * logs) and {@link org.snn4j.examples.progress.MetricsLog} ({@code --metrics FILE.jsonl}).
 */
package org.snn4j.examples.progress;
