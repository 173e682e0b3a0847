package org.newsrelay.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what scraped wire copy carries besides the story, conservatively: an image caption or
 * credit as the first line, and a thread of reader comments or template text at the very end. A
 * line is only removed when it is short and looks like page furniture; a story paragraph is never
 * removed, and everything removed is reported.
 */
final class BoilerplateStripper {
  private static final int SHORT = 90;

  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)\\b(photo|image|picture|diagram|illustration|graphic|screenshot|file photo|credit|"
              + "courtesy|created by|getty|reuters|afp|associated press)\\b|图片|圖片|摄影|攝影|资料图|資料圖|截图|截圖");

  private static final Pattern COMMENT =
      Pattern.compile(
          "(?i)!|\\b(thank|thanks|welcome|like|love|rating|reply|comment|share|subscribe|theme|themes|"
              + "sure|please|great)\\b|评论|評論|回复|回覆|点赞|點讚|分享|谢谢|謝謝");

  private static final Pattern SENTENCE_END = Pattern.compile("[.。!！?？\"”」]$");

  /** The story lines kept, and the removed lines added to {@code removed}. */
  List<String> strip(List<String> lines, List<String> removed) {
    List<String> kept = new ArrayList<>(lines);
    while (!kept.isEmpty() && kept.get(0).isBlank()) {
      kept.remove(0);
    }
    if (kept.size() > 1 && isCaption(kept.get(0))) {
      removed.add(kept.remove(0));
    }
    int end = kept.size();
    while (end > 0 && kept.get(end - 1).isBlank()) {
      end--;
    }
    int start = end;
    int commentLike = 0;
    while (start > 1 && isShort(kept.get(start - 1))) {
      if (COMMENT.matcher(kept.get(start - 1)).find()) {
        commentLike++;
      }
      start--;
    }
    // A thread is several short lines, most of them sounding like readers, after the story.
    int run = end - start;
    if (run >= 3 && commentLike * 2 >= run && start > 0 && !isShort(kept.get(start - 1))) {
      List<String> thread = kept.subList(start, kept.size());
      thread.stream().filter(l -> !l.isBlank()).forEach(removed::add);
      thread.clear();
    }
    return kept;
  }

  private static boolean isCaption(String line) {
    String s = line.strip();
    return isShort(s) && !SENTENCE_END.matcher(s).find() && CAPTION.matcher(s).find();
  }

  private static boolean isShort(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.codePointCount(0, s.length()) <= SHORT;
  }
}
