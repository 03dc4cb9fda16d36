package nl.inkoopwerkbank.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import nl.inkoopwerkbank.i18n.Messages;

/**
 * Loads FXML with the resource bundle and a controller factory, so controllers get their dependencies
 * through their constructors (also for {@code fx:include}d parts).
 */
public final class ViewLoader {

    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> factories = new HashMap<>();

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public <T> ViewLoader register(Class<T> controllerClass, Supplier<? extends T> factory) {
        factories.put(controllerClass, factory);
        return this;
    }

    public Messages messages() {
        return messages;
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(View view) {
        URL url = ViewLoader.class.getResource(view.resource());
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + view.resource());
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> f = factories.get(type);
            if (f == null) {
                throw new IllegalStateException("No controller factory registered for " + type.getName());
            }
            return f.get();
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + view.resource(), e);
        }
    }
}
