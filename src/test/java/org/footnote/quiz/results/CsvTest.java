package org.footnote.quiz.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndEndsLinesWithCrLf() {
        assertThat(Csv.write(List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines"), List.of("1", "")))).isEqualTo(
                "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n1,\r\n");
    }

    @Test
    void formulasAreDefusedButNegativeNumbersStay() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-0.25")).isEqualTo("-0.25");
    }

    @Test
    void aDownloadStartsWithTheUtf8ByteOrderMarkSoExcelReadsItAsUtf8() {
        byte[] bytes = Csv.download("T\u00fcrkiye\r\n");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\uFEFFT\u00fcrkiye\r\n");
    }
}
