package cn.dangjian.bot.admin;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns an {@link AdminProblem} of any controller of this package into {@code {"error": "…"}}. */
@RestControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors {

    /** JSON even when the caller asked for CSV or a document: an error is never one of those. */
    static ResponseEntity<Map<String, String>> body(AdminProblem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", problem.getMessage()));
    }

    @ExceptionHandler(AdminProblem.class)
    ResponseEntity<Map<String, String>> refused(AdminProblem problem) {
        return body(problem);
    }
}
