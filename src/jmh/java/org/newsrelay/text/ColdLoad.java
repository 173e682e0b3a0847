package org.newsrelay.text;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold dictionary load, each time in a fresh JVM: the character tables read and the zh-Hans to
 * zh-Hant-TW chain built from OpenCC's files, then the first conversion. Wall time and CPU time
 * (CPU time says what the load costs when the machine is shared). Run by the bench profile:
 * ./mvnw -B -Pbench test
 */
public final class ColdLoad {
  private static final int RUNS = 5;

  private ColdLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("once")) {
      once();
      return;
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    for (int i = 0; i < RUNS; i++) {
      List<String> command = new ArrayList<>();
      command.add(java);
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(ColdLoad.class.getName());
      command.add("once");
      Process p = new ProcessBuilder(command).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("cold load run failed");
      }
    }
  }

  private static void once() {
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    ConversionChain chain =
        new ConversionTables().chain(ChineseVariant.SIMPLIFIED, ChineseVariant.TAIWAN, false);
    long t1 = System.nanoTime();
    long cpu1 = os.getProcessCpuTime();
    String out = chain.convert("这款服务器安装了人工智能软件，头发干了。");
    long t2 = System.nanoTime();
    System.out.printf(
        "cold load: %.0f ms wall, %.0f ms process CPU; first conversion %.1f ms (%s)%n",
        (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6, (t2 - t1) / 1e6, out);
  }
}
