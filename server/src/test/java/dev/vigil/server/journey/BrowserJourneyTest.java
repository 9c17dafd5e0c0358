package dev.vigil.server.journey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.ServerTestEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole journey in a real headless Chromium, CSRF tokens and htmx included: sign in, create a product,
 * upload the glucoflow model with its SBOM, open the release, decide a finding in place, sign, and find it
 * all in the audit trail. Skipped, with a message, where Chromium or its driver is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServerTestEnvironment.class)
class BrowserJourneyTest {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("vigil.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("vigil.chromium", "/usr/bin/chromium"));

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            String reason = "no " + CHROMIUM + " or " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver): skipping the browser journey";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInUploadDecideSignAndAudit() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            System.out.println(
                    "browser journey failed at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
            throw e;
        }
    }

    private void journey() throws IOException {
        // htmx replaces rows and tables: an element found a moment ago may be gone, so look again.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.get(url("/products"));
        assertThat(browser.getCurrentUrl()).contains("/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(ServerTestEnvironment.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // Back to the page asked for (Spring Security marks it with ?continue).
        wait.until(d ->
                d.getCurrentUrl().contains("/products") && !d.getCurrentUrl().contains("/login"));

        // The first POST after sign-in: it must carry the CSRF token of the new session.
        browser.findElement(By.name("id")).sendKeys("glucoflow");
        browser.findElement(By.name("name")).sendKeys("GlucoFlow");
        browser.findElement(By.xpath("//button[text()='Create product']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/products/glucoflow"));

        // A browser sends a file's own name, without folders: this model names its SBOM by that name.
        Path dir = Files.createTempDirectory("journey");
        Path model = copy("glucoflow.yaml", dir.resolve("glucoflow.yaml"));
        Files.writeString(model, Files.readString(model).replace("sbom: sboms/pump.cdx.json", "sbom: pump.cdx.json"));
        Path sbom = copy("sboms/pump.cdx.json", dir.resolve("pump.cdx.json"));
        browser.findElement(By.name("version")).sendKeys("2.4.0");
        browser.findElement(By.name("model")).sendKeys(model.toString());
        browser.findElement(By.name("file")).sendKeys(sbom.toString());
        browser.findElement(By.xpath("//button[text()='Upload and assess']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/products/glucoflow/releases/2.4.0"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2.4.0");
        List<WebElement> rows = browser.findElements(By.cssSelector("#findings tbody tr"));
        assertThat(rows).as("findings are listed").isNotEmpty();

        // Decide the first finding in place (htmx): the row comes back with the decision.
        WebElement row = rows.get(0);
        String rowId = row.getAttribute("id");
        new Select(row.findElement(By.name("status"))).selectByValue("accepted");
        row.findElement(By.name("justification")).sendKeys("Residual risk accepted in RA-12");
        row.findElement(By.xpath(".//button[text()='Decide']")).click();
        wait.until(d -> d.findElement(By.id(rowId)).getText().contains("Residual risk accepted in RA-12"));
        assertThat(browser.findElement(By.id(rowId)).getText())
                .contains("accepted")
                .contains("admin");

        // Filter by status through htmx.
        new Select(browser.findElement(By.cssSelector("select[aria-label=status]"))).selectByValue("accepted");
        wait.until(d -> d.findElements(By.cssSelector("#findings tbody tr")).size() == 1);

        new Select(browser.findElement(By.name("meaning"))).selectByValue("approval");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(ServerTestEnvironment.ADMIN_PASSWORD);
        browser.findElement(By.xpath("//button[text()='Sign']")).click();
        wait.until(d -> d.getPageSource().contains("matches the release as it is"));
        assertThat(browser.getPageSource()).contains("Administrator (admin)");
        screenshot("release");

        browser.get(url("/audit"));
        String audit = browser.findElement(By.tagName("main")).getText();
        assertThat(audit)
                .contains("Chain intact")
                .contains("release.uploaded")
                .contains("finding.decided")
                .contains("release.signed")
                .contains("product.created");
        screenshot("audit");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Path copy(String resource, Path to) throws IOException {
        try (InputStream in = BrowserJourneyTest.class.getResourceAsStream("/glucoflow/" + resource)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve("journey-" + name + ".png");
        Files.write(out, png);
        System.out.println("browser journey screenshot: " + out.toAbsolutePath());
    }
}
