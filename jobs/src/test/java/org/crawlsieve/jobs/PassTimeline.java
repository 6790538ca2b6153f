package org.crawlsieve.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * Where the cores of a per-record pass went: for the pass jobs of one run, the window from the
 * first job's start to the last job's end, times the cores, split into the tasks' own time and the
 * idle core time before the first task, while the last tasks ran on fewer cores than there are, and
 * after the last task (the job's commit and marker). Within the tasks, executor run time against
 * executor CPU time says how long task threads waited off the CPU (GC pauses, the VM). Scaling from
 * one core to two is lost exactly in these idle and off-CPU seconds, or in CPU per record that
 * grows when both cores work.
 */
final class PassTimeline extends SparkListener {
  private static final String PASS = "per-record pass";

  private final int cores;
  private final Set<Integer> passStages = new HashSet<>();
  private final Set<Integer> passJobs = new HashSet<>();
  private final List<long[]> tasks = new ArrayList<>(); // launch, finish ms; run ms; cpu ns; gc ms
  private long windowStart = Long.MAX_VALUE;
  private long windowEnd;

  PassTimeline(int cores) {
    this.cores = cores;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    String description = start.properties().getProperty("spark.job.description", "");
    if (!description.startsWith(PASS)) {
      return;
    }
    passJobs.add(start.jobId());
    scala.collection.Iterator<Object> ids = start.stageIds().iterator();
    while (ids.hasNext()) {
      passStages.add((Integer) ids.next());
    }
    windowStart = Math.min(windowStart, start.time());
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd end) {
    if (passJobs.remove(end.jobId())) {
      windowEnd = Math.max(windowEnd, end.time());
    }
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    if (!passStages.contains(end.stageId())) {
      return;
    }
    TaskInfo info = end.taskInfo();
    TaskMetrics m = end.taskMetrics();
    tasks.add(
        new long[] {
          info.launchTime(),
          info.finishTime(),
          m == null ? 0 : m.executorRunTime(),
          m == null ? 0 : m.executorCpuTime(),
          m == null ? 0 : m.jvmGCTime()
        });
  }

  /** One line describing the window since the last call, then resets. */
  synchronized String take() {
    if (tasks.isEmpty()) {
      return "timeline: no pass tasks";
    }
    long firstLaunch = Long.MAX_VALUE;
    long lastLaunch = 0;
    long lastFinish = 0;
    double taskSeconds = 0;
    double runSeconds = 0;
    double cpuSeconds = 0;
    double gcSeconds = 0;
    for (long[] t : tasks) {
      firstLaunch = Math.min(firstLaunch, t[0]);
      lastLaunch = Math.max(lastLaunch, t[0]);
      lastFinish = Math.max(lastFinish, t[1]);
      taskSeconds += (t[1] - t[0]) / 1e3;
      runSeconds += t[2] / 1e3;
      cpuSeconds += t[3] / 1e9;
      gcSeconds += t[4] / 1e3;
    }
    double window = (windowEnd - windowStart) / 1e3;
    double head = cores * (firstLaunch - windowStart) / 1e3;
    double after = cores * (windowEnd - lastFinish) / 1e3;
    // the tail: from the last launch on, no task is waiting, so a core that finishes idles
    double tail = 0;
    for (long[] t : tasks) {
      if (t[1] > lastLaunch) {
        tail -= (t[1] - Math.max(t[0], lastLaunch)) / 1e3;
      }
    }
    tail += cores * (lastFinish - lastLaunch) / 1e3;
    double idle = cores * window - taskSeconds;
    double between = idle - head - after - tail;
    String line =
        String.format(
            Locale.ROOT,
            "timeline: tasks=%d window_s=%.2f core_s=%.2f task_s=%.2f run_s=%.2f cpu_s=%.2f"
                + " gc_s=%.2f idle_s=%.2f head_s=%.2f between_s=%.2f tail_s=%.2f after_s=%.2f",
            tasks.size(),
            window,
            cores * window,
            taskSeconds,
            runSeconds,
            cpuSeconds,
            gcSeconds,
            idle,
            head,
            between,
            tail,
            after);
    tasks.clear();
    windowStart = Long.MAX_VALUE;
    windowEnd = 0;
    return line;
  }
}
