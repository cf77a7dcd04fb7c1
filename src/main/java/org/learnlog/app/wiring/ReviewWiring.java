package org.learnlog.app.wiring;

import org.learnlog.service.Goals;
import org.learnlog.service.Reviews;
import org.learnlog.ui.ControllerFactory;
import org.learnlog.ui.goals.GoalPrompts;
import org.learnlog.ui.review.ReviewController;
import org.learnlog.ui.review.ReviewModel;

/** The review feature: the goals due, and a goal's review with its check-in and three questions. */
final class ReviewWiring {
    private final Shared shared;
    private final ReviewModel model;

    ReviewWiring(Reviews reviews, Goals goals, Shared shared) {
        this.shared = shared;
        model = new ReviewModel(reviews, goals, shared.background(), shared.events(),
                shared.messages());
    }

    void register(ControllerFactory.Builder controllers) {
        controllers.add(ReviewController.class, () -> new ReviewController(model, shared.navigation(),
                new GoalPrompts(shared.windows(), shared.messages()), shared.messages()));
    }
}
