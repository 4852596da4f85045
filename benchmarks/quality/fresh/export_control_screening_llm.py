"""Export control screening assistant: the first design.

An EU machinery manufacturer must check every order against the dual-use and
national control lists and the sanctions lists before it ships. Sales staff
enter orders, with the customer's end-use statement, in the ERP, which holds
each export order; a screening service picks it up and sends the order, the
end-use statement and the product specs from PLM to a hosted LLM that suggests
control list entries and red flags, and checks the parties against a screening
vendor's denied-party API. The trade compliance team review each case in a
workbench, decide, release or keep the ERP hold, and apply for licences
themselves through the government licensing portal. Controls: SSO with MFA
and roles on the workbench, an audit trail of decisions, TLS to both vendors,
vetted vendors, API keys in a vault, compliance sign-off on every order.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Export control screening assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-suggested export classifications and sanctions flags for orders, decided by trade compliance.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Products, quantities, prices, ship-to country and delivery terms.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
parties = tg.Data(
    "Order party details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer, consignee and end user: company names, addresses and contact persons.",
)
end_use = tg.Data(
    "End-use statement",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed PDF from the customer stating the end use and end user.",
)
specs = tg.Data(
    "Product technical specifications",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Datasheets and performance parameters (accuracy, axes, spindle power, controls).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
control_lists = tg.Data(
    "Control list texts and past rulings",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
classification_prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order, end-use statement, product specs and candidate control list entries.",
)
suggestion = tg.Data(
    "Suggested classification and red flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
screening_query = tg.Data(
    "Denied-party screening query", kind="records", sensitivity=tg.Sensitivity.PII
)
screening_matches = tg.Data(
    "Denied-party screening matches", kind="records", sensitivity=tg.Sensitivity.PII
)
case = tg.Data(
    "Export screening case",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Export compliance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final classification, licence requirement, and release or hold of the order.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
licence_application = tg.Data(
    "Export licence application", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
licence = tg.Data(
    "Export licence decision", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_status = tg.Data("Order export status", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers worldwide; they send orders and end-use statements by e-mail.
    customer = tm.add(tg.Actor("Customer", role="buyer"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Enter orders and attach the customer's documents.
    sales = tm.add(tg.Actor("Sales staff", role="sales"))
    # Decide on classification, screening hits and licences.
    officer = tm.add(tg.Actor("Trade compliance officer", role="trade compliance"))
    # System of record for orders; holds export orders until compliance releases them.
    erp = tm.add(
        tg.DataStore(
            "ERP",
            stores={order, parties, end_use, order_status},
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Engineering's product data: the specs the classification rests on.
    plm = tm.add(tg.DataStore("PLM product data", stores={specs}, controls={c.RBAC()}))

    with tm.boundary("Compliance applications", trust=tg.Trust.INTERNAL):
        # Picks up held orders, gathers specs, calls the LLM and the screening API.
        screening = tm.add(
            tg.Service(
                "Export screening service",
                description="Triggered by the ERP for each new export order; builds one case per order.",
                controls={c.SecretsManagement()},
            )
        )
        # EU dual-use annex, national lists and the team's earlier classification rulings.
        list_library = tm.add(tg.DataStore("Control list library", stores={control_lists}))
        # One case per order: suggestion, screening matches, decision and licence reference.
        case_store = tm.add(
            tg.DataStore(
                "Compliance case store",
                stores={case, suggestion, screening_matches, decision},
                controls={
                    c.AuditLogging(retention_days=1825),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )
        # Where the trade compliance team work cases and record their decisions.
        workbench = tm.add(
            tg.Endpoint(
                "Trade compliance workbench",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(),
                    c.HumanInTheLoop(approver="a trade compliance officer"),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used to suggest control list entries and red flags.
    llm = tm.add(
        tg.LLM(
            "Hosted classification LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Screening vendor", trust=tg.Trust.PARTNER):
    # Commercial consolidated sanctions and denied-party lists behind an API.
    party_api = tm.add(
        tg.ExternalService(
            "Denied-party screening API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Government", trust=tg.Trust.PARTNER):
    # The national export licensing authority's online portal.
    gov_portal = tm.add(tg.ExternalService("Government export licensing portal"))

# ---------------------------------------------------------------- flows
tm.flow(customer, sales, order, parties, end_use, protocol="smtp+starttls", label="order by e-mail")
tm.flow(sales, erp, order, parties, end_use, protocol="https", label="enters order")
tm.flow(erp, sales, order_status, protocol="https")

tm.flow(erp, screening, order, parties, end_use, label="new export order")
tm.flow(plm, screening, specs)
tm.flow(list_library, screening, control_lists)
tm.flow(screening, llm, classification_prompt, protocol="https")
tm.flow(llm, screening, suggestion, protocol="https")
tm.flow(screening, party_api, screening_query, protocol="https")
tm.flow(party_api, screening, screening_matches, protocol="https")
tm.flow(screening, case_store, case, suggestion, screening_matches)

tm.flow(case_store, workbench, case, suggestion, screening_matches)
tm.flow(workbench, case_store, decision)
tm.flow(workbench, officer, case, suggestion, screening_matches, protocol="https")
tm.flow(
    officer, workbench, decision, licence, protocol="https", label="decides and records licence"
)
tm.flow(erp, workbench, order, parties, end_use, label="order lookup")
tm.flow(plm, workbench, specs, label="spec lookup")
tm.flow(workbench, erp, decision, label="release or keep hold")

tm.flow(officer, gov_portal, licence_application, protocol="https", label="applies for licence")
tm.flow(gov_portal, officer, licence, protocol="https")
