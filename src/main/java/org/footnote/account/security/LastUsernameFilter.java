package org.footnote.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.footnote.account.CredentialRules;
import org.footnote.account.ui.LoginView;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the username of a sign-in attempt in the session, so that after a failure the form shows
 * it again and only the password needs retyping. Never in the address: it would land in logs.
 */
public class LastUsernameFilter extends OncePerRequestFilter {

    /** The session attribute LoginView reads. */
    public static final String ATTRIBUTE = LastUsernameFilter.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/" + LoginView.PATH)) {
            String username = request.getParameter("username");
            if (username != null && username.length() <= 80) {
                request.getSession().setAttribute(ATTRIBUTE, CredentialRules.normaliseUsername(username));
            }
        }
        chain.doFilter(request, response);
    }
}
