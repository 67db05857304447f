package org.footnote.bank.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.ui.PlannedView;

@Route("bank")
@PageTitle("Bank · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class BankView extends PlannedView {

    public BankView() {
        super("Bank", "Browse, search, preview and edit every question in the bank.");
    }
}
