package org.footnote.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements each thread prepares, at the JDBC level, so JPA and {@code JdbcTemplate}
 * count alike: it wraps every {@link DataSource} bean, and each connection it lends, in a proxy that
 * counts {@code prepareStatement}, {@code createStatement} and {@code prepareCall}. Imported by
 * {@link SpringTest}, so every test of the shared context has it (wrapping costs next to nothing).
 * Counting is per thread, so a test counts only what its own calls issued.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final ThreadLocal<int[]> issued = ThreadLocal.withInitial(() -> new int[1]);

    /** Statements this thread prepared while {@code work} ran, with what it returned. */
    public <T> Counted<T> count(Supplier<T> work) {
        int before = issued.get()[0];
        T result = work.get();
        return new Counted<>(result, issued.get()[0] - before);
    }

    /** Statements this thread prepared while {@code work} ran. */
    public int during(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        }).statements();
    }

    public record Counted<T>(T result, int statements) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            // Every interface of the pool (Closeable for shutdown, its MXBean), so nothing that needs one breaks.
            Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(bean.getClass(), bean.getClass().getClassLoader());
            return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces, (proxy, method, args) -> {
                Object result = invoke(dataSource, method, args);
                return result instanceof Connection c && method.getName().equals("getConnection") ? counting(c) : result;
            });
        }
        return bean;
    }

    private Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (STATEMENTS.contains(method.getName())) {
                issued.get()[0]++;
            }
            return invoke(connection, method, args);
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
