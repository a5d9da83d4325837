package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The keys of texts and queries: words in lower case, Chinese as pairs of characters (it writes no spaces). */
class SearchKeysTest {

    @Test
    void chineseTextIsKeyedByCharacterPairsAndSingleCharacters() {
        assertEquals(List.of("退", "款", "流", "程", "退款", "款流", "流程"), List.copyOf(SearchKeys.ofText("退款流程")));
        assertEquals(List.of("退款"), List.copyOf(SearchKeys.ofQuery("退款")), "a query of two characters looks for the pair only");
        assertEquals(List.of("退"), List.copyOf(SearchKeys.ofQuery("退")), "a single character is looked for as such");
        assertEquals(List.of("退款", "款流", "流程"), List.copyOf(SearchKeys.ofQuery("退款流程")));
    }

    @Test
    void wordsAreLowerCaseAndMixedTextIsSplitAtTheScript() {
        assertEquals(List.of("refund", "policy", "v2"), List.copyOf(SearchKeys.ofQuery("Refund-POLICY, v2!")));
        assertEquals(List.of("iphone", "退货", "货流", "流程"), List.copyOf(SearchKeys.ofQuery("iPhone退货流程")));
        assertEquals(List.of("abc"), List.copyOf(SearchKeys.ofQuery("ＡＢＣ")), "full-width letters are the same letters");
        assertTrue(SearchKeys.ofQuery(" ,.; ").isEmpty());
        assertEquals(SearchKeys.MAX_LENGTH, SearchKeys.ofQuery("x".repeat(100)).iterator().next().length());
    }
}
