package dev.floe.testing.common.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one failure-message form: its layout, its alignment, its refusal of missing parts, and masking. */
class FailureMessageTest {

    @Test
    void aMessageIsASummaryThenTheFourLabelledLinesAligned() {
        String text = FailureMessage.summary("Invalid value for floe.services.polaris.timeout.")
                .expected("a duration such as 30s")
                .found("'soon'")
                .where("floe.services.polaris.timeout (from system property floe.services.polaris.timeout)")
                .fix("set it to a duration")
                .toString();

        assertThat(text).isEqualTo("""
                Invalid value for floe.services.polaris.timeout.
                  expected: a duration such as 30s
                  found:    'soon'
                  where:    floe.services.polaris.timeout (from system property floe.services.polaris.timeout)
                  fix:      set it to a duration""");
    }

    @Test
    void detailLinesGoBeforeTheFixAndWidenTheLabelColumnForAll() {
        String text = FailureMessage.summary("PostgreSQL is not healthy after 3s.")
                .expected("SELECT 1 to answer")
                .found("connection refused")
                .where("localhost:5499")
                .fix("start PostgreSQL,\nor point floe.services.postgres.url at one")
                .detail("last error", "PSQLException")
                .detail("attempts", "8")
                .toString();

        assertThat(text).isEqualTo("""
                PostgreSQL is not healthy after 3s.
                  expected:   SELECT 1 to answer
                  found:      connection refused
                  where:      localhost:5499
                  last error: PSQLException
                  attempts:   8
                  fix:        start PostgreSQL,
                              or point floe.services.postgres.url at one""");
    }

    @Test
    void aBlankDetailAddsNoLine() {
        String text = FailureMessage.summary("s").expected("e").found("f").where("w").fix("x").detail("cause", " ")
                .toString();

        assertThat(text).doesNotContain("cause");
    }

    @Test
    void aMissingPartFailsNamingIt() {
        assertThatThrownBy(() -> FailureMessage.summary("s").expected("e").found(null).where("w").fix("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'found' part");
        assertThatThrownBy(() -> FailureMessage.summary("s").expected("e").found("f").where(" ").fix("x"))
                .hasMessageContaining("'where' part");
        assertThatThrownBy(() -> FailureMessage.summary("").expected("e"))
                .hasMessageContaining("'summary' part");
    }

    @Test
    void aSecretKeysValueIsMaskedWhole() {
        String text = FailureMessage.summary("Invalid value.").expected("at least 32 bytes")
                .foundValue("floe.services.cube.api-secret", "hunter2").where("floe.services.cube.api-secret")
                .fix("set a longer secret").toString();

        assertThat(text).contains("found:    '" + SecretText.MASK + "'").doesNotContain("hunter2");
    }

    @Test
    void userInfoAndTokenParametersAreMaskedInEveryPart() {
        String text = FailureMessage.summary("GET http://bob:pw1@jaeger:16686/api failed.")
                .expected("HTTP 200")
                .foundValue("floe.observability.jaeger.url", "http://bob:pw2@jaeger:16686/?token=abc")
                .where("http://bob:pw3@jaeger:16686/api?api_key=xyz")
                .fix("check the URL")
                .toString();

        assertThat(text).doesNotContain("pw1", "pw2", "pw3", "abc", "xyz").contains("http://***@jaeger:16686");
    }

    @Test
    void oneLineKeepsTheSummaryAndWhatWasFound() {
        String message = FailureMessage.summary("Zipkin could not be read: GET http://z:9411/api").expected("an answer")
                .found("ConnectException: refused").where("GET http://z:9411/api").fix("start Zipkin").toString();

        assertThat(FailureMessage.oneLine(message))
                .isEqualTo("Zipkin could not be read: GET http://z:9411/api; found: ConnectException: refused");
        assertThat(FailureMessage.oneLine("a\n  b   c")).isEqualTo("a b c");
    }

    @Test
    void joinedKeepsEveryPartOnOneLine() {
        String message = FailureMessage.summary("Invalid --min-coverage '101'.").expected("a percentage")
                .found("'101' (out of range)\nsecond line").where("option --min-coverage").fix("give 0 to 100")
                .toString();

        assertThat(FailureMessage.joined(message)).isEqualTo("Invalid --min-coverage '101'. | expected: a percentage"
                + " | found: '101' (out of range) | second line | where: option --min-coverage | fix: give 0 to 100");
        assertThat(FailureMessage.joined(null)).isNull();
    }

    @Test
    void quoteShowsNullBare() {
        assertThat(FailureMessage.quote(null)).isEqualTo("null");
        assertThat(FailureMessage.quote("x")).isEqualTo("'x'");
    }
}
