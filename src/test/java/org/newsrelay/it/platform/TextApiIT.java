package org.newsrelay.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newsrelay.it.support.Http;
import org.newsrelay.it.support.ServerIT;

/**
 * Editors preview conversion and normalisation through the API that ingest's code stands behind.
 */
class TextApiIT extends ServerIT {

  @Test
  void convertsSimplifiedToTaiwanTraditional() {
    var response =
        http.postJson(
            "/api/v1/text/convert",
            Json.createObjectBuilder()
                .add("text", "软件")
                .add("to", "zh-Hant-TW")
                .build()
                .toString());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = Http.json(response);
    assertEquals("軟體", json.getString("text"));
    assertEquals("zh-Hans", json.getString("from"));
    assertEquals("zh-Hant-TW", json.getString("to"));
  }

  @Test
  void traditionalCopyKeepsItsWordsInZhHantAndQuotesFollowTheTarget() {
    // The rows of issue 14, through the API editors preview with: the same call renditions make.
    assertEquals("臺灣晶片產業持續成長，軟體與網路公司。", convert("臺灣晶片產業持續成長，軟體與網路公司。", "zh-Hant-TW", "zh-Hant"));
    assertEquals("警方表示，嫌犯以隨身碟竊取公司機密資料。", convert("警方表示，嫌犯以隨身碟竊取公司機密資料。", "zh-Hant-TW", "zh-Hant"));
    assertEquals("這部影片在社群媒體上的點閱率突破百萬。", convert("這部影片在社群媒體上的點閱率突破百萬。", "zh-Hant-TW", "zh-Hant"));
    assertEquals("的士司機表示，今日巴士服務受颱風影響。", convert("的士司機表示，今日巴士服務受颱風影響。", "zh-Hant-HK", "zh-Hant"));
    assertEquals("他說：「看起來不錯。」", convert("他说：“看起来不错。”", "zh-Hans", "zh-Hant-TW"));
  }

  private String convert(String text, String from, String to) {
    var response =
        http.postJson(
            "/api/v1/text/convert",
            Json.createObjectBuilder()
                .add("text", text)
                .add("from", from)
                .add("to", to)
                .build()
                .toString());
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response).getString("text");
  }

  @Test
  void normalizeReportsDetectionAndRemovedLines() {
    var response =
        http.postJson(
            "/api/v1/text/normalize",
            Json.createObjectBuilder().add("text", "ＤｅｅｐＳｅｅｋ发布了新模型，成本仅５６０万美元。").build().toString());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject json = Http.json(response);
    assertTrue(json.getString("text").startsWith("DeepSeek发布了新模型，"), json.getString("text"));
    assertTrue(json.getString("text").contains("560"));
    assertEquals("zh", json.getJsonObject("detected").getString("language"));
    assertEquals("Hans", json.getJsonObject("detected").getString("script"));
  }

  @Test
  void unknownTagIsABadRequest() {
    var response =
        http.postJson("/api/v1/text/convert", "{\"text\": \"软件\", \"to\": \"zh-Klingon\"}");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
  }

  @Test
  void missingTextIsABadRequest() {
    assertEquals(400, http.postJson("/api/v1/text/convert", "{\"to\": \"zh-Hant\"}").statusCode());
  }

  @Test
  void emptyTextAndSameVariantComeBackUnchanged() {
    var empty = http.postJson("/api/v1/text/convert", "{\"text\": \"\", \"to\": \"zh-Hant\"}");
    assertEquals(200, empty.statusCode(), empty.body());
    assertEquals("", Http.json(empty).getString("text"));
    var same =
        http.postJson(
            "/api/v1/text/convert",
            "{\"text\": \"軟體\", \"from\": \"zh-Hant-TW\", \"to\": \"zh-Hant-TW\"}");
    assertEquals(200, same.statusCode(), same.body());
    assertEquals("軟體", Http.json(same).getString("text"));
  }

  @Test
  void loneSurrogateIsNoServerError() {
    var response =
        http.postJson(
            "/api/v1/text/normalize", "{\"text\": \"abc\\ud800def 软件\", \"to\": \"zh-Hant\"}");
    assertTrue(response.statusCode() < 500, response.statusCode() + " " + response.body());
  }
}
