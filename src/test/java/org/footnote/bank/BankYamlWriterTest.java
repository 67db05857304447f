package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.footnote.bank.files.BankYamlWriter;
import org.footnote.bank.files.LoadedBank;

/** The bank written back to YAML reads as the same bank: every field of every question. */
class BankYamlWriterTest {

    @TempDir
    Path copy;

    @Test
    void theRealBankWrittenBackLoadsIdentically() throws Exception {
        LoadedBank original = LoadedBank.load(RealBankTest.BANK);
        Files.createDirectories(copy.resolve("questions"));
        Files.createDirectories(copy.resolve("documents"));
        try (var docs = Files.list(RealBankTest.BANK.resolve("documents"))) {
            for (Path d : docs.toList()) {
                Files.copy(d, copy.resolve("documents").resolve(d.getFileName()));
            }
        }
        Files.copy(RealBankTest.BANK.resolve("names.yaml"), copy.resolve("names.yaml"));
        Map<String, String> files = BankYamlWriter.write(original.questions());
        for (var e : files.entrySet()) {
            Files.writeString(copy.resolve("questions/" + e.getKey() + ".yaml"), e.getValue());
        }

        LoadedBank reread = LoadedBank.load(copy);

        assertThat(reread.questions()).hasSameSizeAs(original.questions());
        for (int i = 0; i < original.questions().size(); i++) {
            QuestionSpec a = original.questions().get(i);
            QuestionSpec b = reread.questions().stream().filter(q -> q.id().equals(a.id())).findFirst().orElseThrow();
            assertThat(Question.hash(b)).as(a.id()).isEqualTo(Question.hash(a));
        }
    }

    @Test
    void awkwardCharactersAreQuoted() {
        assertThat(BankYamlWriter.quote("a \"b\": c # d\\e")).isEqualTo("\"a \\\"b\\\": c # d\\\\e\"");
    }
}
