package io.charter.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Debian's headless Chromium driven through its chromedriver; never downloads a browser. */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("charter-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, WAIT);
    }

    WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element's text content holds {@code text}. Text content, not Selenium's
     * rendered text: that one is empty for elements scrolled out of a Vaadin layout's viewport.
     */
    void awaitText(By by, String text) {
        wait.until(d -> text(by).contains(text));
    }

    /** Waits until {@code condition} holds (the page's state, a field's value, the address). */
    void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Waits until the element's text content no longer holds {@code text}. */
    void awaitNoText(By by, String text) {
        wait.until(d -> !text(by).contains(text));
    }

    /** The element's whole text content (grid cells included, scrolled or not). */
    String text(By by) {
        String content = wait.until(ExpectedConditions.presenceOfElementLocated(by)).getDomProperty("textContent");
        return content == null ? "" : content;
    }

    /**
     * Types into a Vaadin text field or area (its native input sits in the light DOM), scrolled to
     * the middle of the viewport first (a field scrolled out of a Vaadin layout counts as invisible).
     */
    void type(String fieldId, String text) {
        By by = By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                wait.until(ExpectedConditions.presenceOfElementLocated(by)));
        WebElement input = await(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks an element after scrolling it to the middle of the viewport (forms are taller than it). */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Picks an item of a Vaadin select by its visible label. */
    void select(String selectId, String label) {
        click(By.id(selectId));
        await(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")).click();
    }

    /** Chooses a file in a Vaadin upload (its file input sits in the component's shadow root). */
    void upload(String uploadId, Path file) {
        WebElement upload = await(By.id(uploadId));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the Vaadin upload's progress reached 100 % for every file and none failed. */
    void awaitUploadComplete(String uploadId) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const u = document.getElementById(arguments[0]);"
                        + "return !!u && u.files.length > 0 && u.files.every(f => f.complete && !f.error"
                        + " && f.progress === 100);", uploadId)));
    }

    /** Signs in on Keycloak's login page. */
    void login(String user) {
        await(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the steps of a scenario; on failure keeps a screenshot and the page's text for the report. */
    void scenario(String name, ThrowingRunnable steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            screenshot(name + "-failure");
            Files.writeString(Path.of("target", "screenshots", name + "-failure.txt"),
                    driver.getCurrentUrl() + "\n\n" + driver.findElement(By.tagName("body")).getText());
            throw e;
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
