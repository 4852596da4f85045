"""Student-housing deposit refund agent: the first design, before any security review.

At the end of a tenancy, students open the tenant app, upload move-out photos of
their room and enter the bank details the deposit should be refunded to. An LLM
agent running in the company's cloud account picks up the request, reads the
tenancy record and check-in inventory from the property-management database
through a tenancy tool, and asks a hosted multimodal model to compare the move-out
photos with the inventory and draft any deductions. Refunds under 300 EUR are paid
straight to the student through the payments tool and the payment provider's
payout API; larger deductions go to a housing officer, who approves them in the
back-office portal (company SSO with MFA) before the agent pays. The agent can
also email students through the email service. Students sign in to the app with
e-mail and password; the model vendor was vetted and signed a data processing
agreement, and the payments API key is kept in the cloud secrets vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student-housing deposit refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that assesses move-out photos against the check-in inventory, "
        "drafts deposit deductions and pays small refunds automatically."
    ),
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Move-out photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the student's room, taken and uploaded by the student.",
)
bank_details = tg.Data(
    "Refund bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder name and IBAN the deposit is refunded to.",
)
refund_request = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.PII)
tenancy = tg.Data(
    "Tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Tenant identity and contact details, deposit amount, rent account.",
)
inventory = tg.Data(
    "Check-in inventory",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Room condition report and photos signed at check-in.",
)
tenancy_query = tg.Data("Tenancy lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, deduction rules, inventory and move-out photos.",
)
completion = tg.Data("Model assessment", kind="model-output", sensitivity=tg.Sensitivity.PII)
deductions = tg.Data(
    "Deduction proposal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Itemised deductions with the photo evidence and the refund amount.",
)
officer_approval = tg.Data(
    "Officer approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
payout_instruction = tg.Data(
    "Refund payout instruction",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Amount, payee name and IBAN.",
)
payout_result = tg.Data("Payout status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
statement = tg.Data(
    "Deposit statement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the student is told: deductions, refund amount, payment status.",
)
student_email = tg.Data("Email to student", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The departing tenant, using the tenant app on their phone.
    student = tm.add(tg.Actor("Student", role="tenant"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Backend of the tenant app: move-out submissions and refund status.
    app_api = tm.add(
        tg.Endpoint(
            "Tenant app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Object storage for the uploaded move-out photos.
    photo_store = tm.add(
        tg.DataStore(
            "Move-out photo store",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The system of record for tenancies, inventories and refund details.
    pms_db = tm.add(
        tg.DataStore(
            "Property-management database",
            stores={tenancy, inventory, bank_details, deductions},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Handles each refund case end to end and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Deposit refund agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="housing officer", above="EUR 300 per refund"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Reads tenancy records and inventories, writes the deduction proposal back.
    tenancy_tool = tm.add(tg.Tool("Tenancy records tool", capabilities={"read", "write"}))
    # Pays the refund to the student's bank account through the provider.
    payments_tool = tm.add(
        tg.Tool(
            "Payments tool",
            capabilities={"money-movement"},
            controls={
                c.SecretsManagement(note="payout API key in the cloud secrets vault"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Sends case updates and outcomes to students.
    email_tool = tm.add(tg.Tool("Email tool", capabilities={"send-messages"}))

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Where housing officers review larger deductions.
    portal = tm.add(
        tg.Service(
            "Back-office portal",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )
    # Approves or changes deductions above the automatic limit.
    officer = tm.add(tg.Actor("Housing officer", role="housing officer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that compares photos and drafts deductions.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Executes the SEPA payouts.
    payout_api = tm.add(tg.ExternalService("Payment provider payout API"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Delivers the agent's emails.
    email_service = tm.add(tg.ExternalService("Email delivery service"))

# ---------------------------------------------------------------- flows
# student submission and status
tm.flow(student, app_api, photos, bank_details, protocol="https")
tm.flow(app_api, photo_store, photos)
tm.flow(app_api, pms_db, bank_details, label="saved on the tenancy")
tm.flow(app_api, agent, refund_request, label="move-out submitted")
tm.flow(agent, app_api, statement)
tm.flow(app_api, student, statement, protocol="https")

# assessment
tm.flow(photo_store, agent, photos)
tm.flow(agent, tenancy_tool, tenancy_query)
tm.flow(tenancy_tool, pms_db, tenancy_query, deductions)
tm.flow(pms_db, tenancy_tool, tenancy, inventory, bank_details)
tm.flow(tenancy_tool, agent, tenancy, inventory, bank_details)
tm.flow(agent, tenancy_tool, deductions, label="record deduction proposal")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# officer approval of larger deductions
tm.flow(agent, portal, deductions, photos, protocol="https")
tm.flow(portal, officer, deductions, photos, protocol="https")
tm.flow(officer, portal, officer_approval, protocol="https")
tm.flow(portal, agent, officer_approval, protocol="https")

# payment
tm.flow(agent, payments_tool, payout_instruction)
tm.flow(payments_tool, payout_api, payout_instruction, protocol="https")
tm.flow(payout_api, payments_tool, payout_result, protocol="https")
tm.flow(payments_tool, agent, payout_result)

# email
tm.flow(agent, email_tool, student_email)
tm.flow(email_tool, email_service, student_email, protocol="https")
tm.flow(email_service, student, student_email, protocol="smtp")
