package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** ISO dates for --published, with a one-line message instead of a stack trace. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("SR110 bad date: '" + value + "' (expected YYYY-MM-DD)");
    }
  }
}
