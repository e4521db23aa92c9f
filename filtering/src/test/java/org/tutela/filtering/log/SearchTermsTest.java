package org.tutela.filtering.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTermsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            www.google.com      | https://www.google.com/search?q=how+to+make+friends&hl=en     | how to make friends
            www.google.co.uk    | http://www.google.co.uk/search?client=firefox&q=dinosaurs     | dinosaurs
            www.bing.com        | http://www.bing.com/search?q=volcano%20facts&form=QBLH        | volcano facts
            duckduckgo.com      | http://duckduckgo.com/?q=caf%C3%A9+menu&ia=web                | café menu
            www.youtube.com     | http://www.youtube.com/results?search_query=minecraft+parkour | minecraft parkour
            uk.search.yahoo.com | http://uk.search.yahoo.com/search?p=weather+leeds&fr=yfp      | weather leeds
            www.ecosia.org      | http://www.ecosia.org/search?method=index&q=tree+planting     | tree planting
            www.swiggle.org.uk  | http://www.swiggle.org.uk/results?q=romans                    | romans
            """)
    void aKnownSearchEnginesTermsAreReadDecoded(String host, String url, String terms) {
        assertThat(SearchTerms.in(host, url)).isEqualTo(terms);
    }

    @Test
    void termsAreTrimmed() {
        assertThat(SearchTerms.in("www.bing.com", "http://www.bing.com/search?q=++%20sharks%09+")).isEqualTo("sharks");
    }

    @Test
    void longTermsAreCutTo200Characters() {
        var url = "http://www.google.com/search?q=" + "a".repeat(500);

        assertThat(SearchTerms.in("www.google.com", url)).hasSize(200);
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        var url = "http://www.google.com/search?q=" + "a".repeat(199) + "%F0%9F%98%80";

        assertThat(SearchTerms.in("www.google.com", url)).isEqualTo("a".repeat(199));
    }

    @Test
    void aBrokenPercentEscapeIsKeptAsWritten() {
        assertThat(SearchTerms.in("www.bing.com", "http://www.bing.com/search?q=100%+legit%2")).isEqualTo("100% legit%2");
    }

    @Test
    void theParameterIsMatchedByWholeName() {
        assertThat(SearchTerms.in("www.bing.com", "http://www.bing.com/search?qs=n&q=otters")).isEqualTo("otters");
        assertThat(SearchTerms.in("www.bing.com", "http://www.bing.com/search?qs=n")).isNull();
    }

    @Test
    void aFragmentIsNotPartOfTheTerms() {
        assertThat(SearchTerms.in("www.google.com", "http://www.google.com/search?q=owls#top")).isEqualTo("owls");
    }

    @Test
    void googlesLinkRedirectIsNotASearch() {
        assertThat(SearchTerms.in("www.google.com", "http://www.google.com/url?q=http://casino.example/")).isNull();
    }

    @Test
    void otherSitesAndEmptySearchesHaveNoTerms() {
        assertThat(SearchTerms.in("www.bbc.co.uk", "http://www.bbc.co.uk/search?q=news")).isNull();
        assertThat(SearchTerms.in("notgoogle.com", "http://notgoogle.com/search?q=news")).isNull();
        assertThat(SearchTerms.in("www.google.com", "http://www.google.com/search?q=+++")).isNull();
        assertThat(SearchTerms.in("www.google.com", "http://www.google.com/search")).isNull();
        assertThat(SearchTerms.in("www.google.com:443", null)).isNull();
    }
}
