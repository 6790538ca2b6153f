package org.crawlsieve.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.ProcessedRecord;
import org.crawlsieve.core.RecordProcessor;
import org.crawlsieve.jobs.consent.SiteFiles;
import org.crawlsieve.warc.FailedInput;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;

/**
 * The per-record pass: a partition of WARC paths in, one row per document-bearing record and one
 * summary row per file out. Streams: one record in memory at a time; steps and detectors are built
 * once per partition. Nothing a file or record does can fail the task: a file that cannot be opened
 * or breaks mid-way gives a failed summary row; a record that throws gives an error decision.
 */
public final class WarcPartitionFunction implements FlatMapFunction<Iterator<String>, Row> {
  private static final long serialVersionUID = 1L;

  private final String configJson;
  private final HadoopConf hadoopConf;

  public WarcPartitionFunction(CrawlsieveConfig config, HadoopConf hadoopConf) {
    this.configJson = ConfigLoader.canonicalJson(config);
    this.hadoopConf = hadoopConf;
  }

  @Override
  public Iterator<Row> call(Iterator<String> paths) {
    CrawlsieveConfig config = ConfigLoader.parse(configJson, "config");
    RecordProcessor processor = new RecordProcessor(config);
    RecordSigner signer = RecordSigner.create(config);
    return new Rows(paths, config, processor, signer);
  }

  private final class Rows implements Iterator<Row> {
    private final Iterator<String> paths;
    private final CrawlsieveConfig config;
    private final RecordProcessor processor;
    private final RecordSigner signer;
    private final ArrayDeque<Row> queue = new ArrayDeque<>();
    private WarcFileReader reader;
    private String currentPath;
    private long fileStart;

    Rows(
        Iterator<String> paths,
        CrawlsieveConfig config,
        RecordProcessor processor,
        RecordSigner signer) {
      this.paths = paths;
      this.config = config;
      this.processor = processor;
      this.signer = signer;
    }

    @Override
    public boolean hasNext() {
      while (queue.isEmpty()) {
        if (reader == null) {
          if (!paths.hasNext()) {
            return false;
          }
          open(paths.next());
          continue;
        }
        // a batch of records of this file (input.record_batch, input.record_batch_bytes), processed
        // stage by stage: RecordProcessor.process(List)
        int maxRecords = config.input().recordBatch();
        long maxBytes = config.input().recordBatchBytes();
        List<RawRecord> batch = new ArrayList<>(Math.min(maxRecords, 1024));
        long batchBytes = 0;
        RuntimeException failure = null;
        boolean ended = false;
        while (batch.size() < maxRecords && batchBytes < maxBytes) {
          boolean more;
          try {
            more = reader.hasNext();
          } catch (RuntimeException e) {
            failure = e; // WarcFileReader reports damage itself; this is a last line of defence
            break;
          }
          if (!more) {
            ended = true;
            break;
          }
          RawRecord raw = reader.next();
          batch.add(raw);
          batchBytes += raw.payload() == null ? 0 : raw.payload().length;
        }
        if (!batch.isEmpty()) {
          List<ProcessedRecord> processed = processor.process(batch);
          for (int i = 0; i < batch.size(); i++) {
            queue.add(signer.row(processed.get(i)));
            if (SiteFiles.isSiteFile(batch.get(i))) {
              queue.add(SiteFiles.row(batch.get(i)));
            }
          }
        }
        if (failure != null) {
          queue.add(
              RecordRows.file(
                  currentPath,
                  reader.typeCounts(),
                  new FailedInput(currentPath, -1, 0, failure.toString()),
                  reader.warnings()));
          closeReader();
        } else if (ended) {
          queue.add(
              RecordRows.file(
                  currentPath,
                  reader.typeCounts(),
                  reader.failure(),
                  reader.warnings(),
                  processor.timings().drain(),
                  System.nanoTime() - fileStart));
          closeReader();
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return queue.poll();
    }

    /** Opens a file, retrying transient failures with backoff before listing it as failed. */
    private void open(String path) {
      currentPath = path;
      fileStart = System.nanoTime();
      processor.timings().drain();
      reader = null;
      Exception last = null;
      int attempts = 1 + config.input().openRetries();
      for (int attempt = 1; attempt <= attempts; attempt++) {
        try {
          Path p = new Path(path);
          FileSystem fs = p.getFileSystem(hadoopConf.get());
          long length = fs.getFileStatus(p).getLen();
          InputStream in = fs.open(p, 1 << 20);
          reader = new WarcFileReader(in, path, length, config.input());
          return;
        } catch (java.io.FileNotFoundException e) {
          last = e; // not transient: no retry
          break;
        } catch (IOException | RuntimeException e) {
          last = e;
          if (attempt < attempts) {
            sleepQuietly(200L << Math.min(attempt, 6));
          }
        }
      }
      queue.add(
          RecordRows.file(path, Map.of(), new FailedInput(path, -1, 0, describe(last)), List.of()));
    }

    private void closeReader() {
      try {
        reader.close();
      } catch (IOException e) {
        // the file has been read; a failing close loses nothing
      }
      reader = null;
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
