package org.newsrelay.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;

/**
 * The Bean Validation rules of a bound request record ({@code @NotNull}, {@code @Size}, {@code
 * Min}, ... on its components, {@code @Valid} where a nested record has rules of its own), the
 * first one broken refused as {@link JsonRecords} refuses a wrong type: an {@link InvalidInput}
 * whose field is the JSON path ({@code rate_limits.reads_per_minute}, {@code rules.include[0]},
 * {@code names.en}) and whose detail is the constraint's message, written in full on the
 * annotation. Several violations are ordered by that path, so the one answered does not depend on
 * the validator's order.
 */
final class RecordRules {
  private RecordRules() {}

  /** Built on first use and kept: a factory is costly, a validator thread-safe. */
  private static final class Holder {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * @throws InvalidInput for the first rule {@code request} breaks, by JSON path
   */
  static <R extends Record> R check(R request) {
    Holder.VALIDATOR.validate(request).stream()
        .map(v -> Map.entry(path(v), v.getMessage()))
        // by path, then by message for two rules of one field
        .min(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
        .ifPresent(
            first -> {
              throw first.getKey().isEmpty()
                  ? new InvalidInput(first.getValue())
                  : InvalidInput.field(first.getKey(), first.getValue());
            });
    return request;
  }

  /**
   * {@code rateLimits.readsPerMinute} as {@code rate_limits.reads_per_minute}; a list's element as
   * {@code [i]} and a map's value as {@code .key}, as {@link JsonRecords} names them.
   */
  static String path(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          path.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          path.append('.').append(node.getKey());
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(JsonRecords.jsonName(node.getName()));
      }
    }
    return path.toString();
  }
}
