package org.footnote.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small bank folder for tests: one document and whatever questions a test gives. */
final class BankFixture {

    static final String DOCUMENT = """
            ---
            id: olimov-test
            title: "The policy of Russia in Central Asia"
            author: "Mouzaffar Olimov"
            publisher: "SIPRI"
            published: "1999"
            ---
            ## II. The peace process

            The concluding round produced a General Agreement on Peace and National Accord in Tajikistan, signed in Moscow on 27 June 1997 in the presence of President Yeltsin.

            Russia’s 201st Motorized Rifle Division stayed in Dushanbe; about 7,000 troops served there.

            The Commission on National Reconciliation began its work in July 1997.
            """;

    static final String GOOD_QUESTION = """
            - id: olimov-peace-accord-signed
              kind: date
              format: multiple-choice
              prompt: When was the General Agreement on Peace and National Accord in Tajikistan signed?
              answer: 27 June 1997
              accept: [1997-06-27]
              distractors: [25 May 1995, 24 November 1998, December 1996]
              difficulty: 2
              tags: [peace-process]
              source:
                document: olimov-test
                quote: >-
                  The concluding round produced a General Agreement on Peace and National Accord in
                  Tajikistan, signed in Moscow on 27 June 1997 in the presence of President Yeltsin.
            """;

    private BankFixture() {
    }

    static Path write(Path root, String questionsYaml) throws IOException {
        Files.createDirectories(root.resolve("documents"));
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("documents/olimov-test.md"), DOCUMENT);
        Files.writeString(root.resolve("questions/olimov-test.yaml"), questionsYaml);
        Files.writeString(root.resolve("names.yaml"), "- [Rahmon, Rakhmonov]\n- [Emomali, Imomali]\n");
        return root;
    }
}
