package org.tutela.filtering;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpzExportTest {

    @TempDir
    Path dir;

    Path bundle() throws Exception {
        var gambling = Files.createDirectories(dir.resolve("ut1/gambling"));
        Files.writeString(gambling.resolve("domains"), "casino.example\n");
        var bundle = dir.resolve("school.json");
        Files.writeString(bundle, """
                { "version": 7, "fallbackGroup": "guests", "lists": { "ut1": "%s" },
                  "groups": [ { "id": "guests", "block": ["gambling"] }, { "id": "ks2-upper", "block": ["gambling"],
                                "allow": ["learning.example"], "safeSearch": true } ] }
                """.formatted(dir.resolve("ut1")));
        return bundle;
    }

    @Test
    void aGroupOfASchoolsBundleIsWrittenAsAZoneFile() throws Exception {
        var out = dir.resolve("ks2.rpz");

        RpzExport.export("--policy", bundle().toString(), "--group", "ks2-upper", "--out", out.toString());

        assertThat(Files.readAllLines(out)).contains("$ORIGIN rpz.tutela.", "casino.example CNAME .",
                "learning.example CNAME rpz-passthru.", "www.google.com CNAME forcesafesearch.google.com.")
                .anyMatch(line -> line.contains("policy v7 for group ks2-upper"));
    }

    @Test
    void aGroupThePolicyDoesNotHaveIsRefusedRatherThanExportedAsTheFallback() throws Exception {
        assertThatThrownBy(() -> RpzExport.export("--policy", bundle().toString(), "--group", "staff", "--out",
                dir.resolve("x.rpz").toString())).hasMessageContaining("no group staff");
        assertThatThrownBy(() -> RpzExport.export("--policy")).hasMessageContaining("needs a value");
    }
}
