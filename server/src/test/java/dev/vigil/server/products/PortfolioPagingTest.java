package dev.vigil.server.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.vigil.server.VigilServerTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The portfolio shows 100 products a page, in id order, with links to the pages around it. */
@VigilServerTest
class PortfolioPagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Releases releases;

    @Test
    void thePortfolioIsPagedByAHundredProducts() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        int total;
        try {
            // "zz-" sorts after the other tests' products, which stay on the first page.
            for (int i = 0; i < 101; i++) {
                releases.createProduct(String.format("zz-page-%03d", i), "Paged " + i);
            }
            total = releases.products().size();
        } finally {
            SecurityContextHolder.clearContext();
        }
        int pages = (total + 99) / 100;

        String first = page("/products");
        assertThat(first)
                .contains("Products 1 to 100 of " + total)
                .contains("page=2")
                .doesNotContain(">previous<");
        assertThat(rows(first)).as("one row per product shown").isEqualTo(100);
        assertThat(first).doesNotContain("zz-page-100");

        String last = page("/products?page=" + pages);
        assertThat(last)
                .contains("zz-page-100")
                .contains(">previous<")
                .doesNotContain(">next<")
                .contains("of " + total);

        mvc.perform(get("/products").param("page", "0").with(user("admin"))).andExpect(status().isBadRequest());
        mvc.perform(get("/products").param("page", String.valueOf(pages + 1)).with(user("admin")))
                .andExpect(status().isBadRequest());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The rows' first cells: a link to the product itself (not to one of its releases or cases). */
    private static long rows(String html) {
        return Pattern.compile("<td><a href=\"/products/[^/\"]+\">")
                .matcher(html)
                .results()
                .count();
    }
}
