"""Phishing-simulation e-mail generator: the first design, before any security review.

A feature of our security-awareness SaaS, used by customers in the EU and the US.
A connector syncs each customer's directory (names, e-mail addresses, roles and
managers) from their identity provider over OAuth, with the token in our vault.
A campaign generator combines that with public news about the customer's company
and asks a hosted LLM to write realistic, personalised phishing e-mails; a check
makes sure every link points at our tracking domain. The customer's security
admins (SSO, tenant roles, audit log) review the drafts and schedule campaigns.
Our own mail servers send them, DKIM-signed, to the customer's mail gateway.
Clicks on tracking links and e-mails reported with the report button come back to
a tracking endpoint; a scoring model turns them into each employee's risk score
and training assignments, which admins see in the console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Phishing-simulation e-mail generator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="LLM-written, personalised phishing simulations with click tracking and risk scores.",
)

# ---------------------------------------------------------------- data assets
directory = tg.Data(
    "Employee directory",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, e-mail addresses, job titles, departments and managers.",
)
news = tg.Data("Company news", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
campaign_request = tg.Data(
    "Campaign settings",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target groups, theme, difficulty and send window.",
)
prompt = tg.Data(
    "Generation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, campaign theme, recipient's name, role and manager, news snippets.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
email = tg.Data(
    "Simulated phishing e-mail",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Personalised subject and body with a per-recipient tracking link.",
)
approval = tg.Data(
    "Campaign approval and schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
events = tg.Data(
    "Click and report events",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Who opened, clicked, entered data on the landing page or reported the e-mail.",
)
landing = tg.Data("Teachable-moment page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
risk = tg.Data(
    "Risk scores and training assignments",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer's admin, using the console from a browser.
    admin = tm.add(tg.Actor("Customer security admin", role="tenant admin", privileged=True))
    # Receives simulations, clicks or reports them.
    employee = tm.add(tg.Actor("Customer employee", role="employee"))
    # News sites and press releases used to make lures topical.
    news_source = tm.add(
        tg.DataSource("Public company news", origin=tg.Origin.PUBLIC_WEB, provides={news})
    )

with tm.boundary("Customer environment", trust=tg.Trust.PARTNER):
    # Entra ID or Google Workspace: the source of the directory.
    idp = tm.add(tg.ExternalService("Customer identity provider", provides="identity-provider"))
    # The customer's mail gateway, which allow-lists our sending IPs.
    mail_gateway = tm.add(tg.ExternalService("Customer mail gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the e-mail text.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA and SOC 2 report reviewed")},
        )
    )

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Web console and API where admins configure, review and schedule campaigns.
    console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer SSO (SAML)"),
                c.RBAC(note="tenant admin and viewer roles"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Pulls the directory on a schedule.
    sync = tm.add(
        tg.Service(
            "Directory sync connector",
            controls={c.SecretsManagement(note="OAuth refresh tokens in the vault")},
        )
    )
    # Builds prompts per recipient and post-checks the generated e-mails.
    generator = tm.add(
        tg.Service(
            "Campaign generator",
            controls={c.OutputFiltering(note="links must point at the tracking domain")},
        )
    )
    # Drafts and scheduled campaigns.
    campaign_store = tm.add(tg.DataStore("Campaign store", stores={email, approval}))
    # Our own MTA pool that sends the simulations at the scheduled time.
    mailer = tm.add(
        tg.Service(
            "Simulation mail sender",
            controls={
                c.HumanInTheLoop(approver="the customer's security admin schedules each campaign")
            },
        )
    )
    # Public tracking links, landing pages and the report-button webhook.
    tracker = tm.add(
        tg.Endpoint("Tracking endpoint", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Turns interaction history into a per-employee risk score and training assignments.
    scorer = tm.add(tg.Model("Employee risk model", task=tg.Task.REGRESSOR, returns_scores=True))

    with tm.boundary("Tenant data tier", trust=tg.Trust.RESTRICTED):
        # Synced directory per tenant.
        directory_store = tm.add(
            tg.DataStore(
                "Directory store",
                stores={directory},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Interaction events and risk scores per employee.
        risk_store = tm.add(
            tg.DataStore(
                "Employee risk store",
                stores={events, risk},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(admin, console, campaign_request, approval, protocol="https")
tm.flow(console, admin, email, risk, protocol="https", label="drafts and risk dashboard")
tm.flow(console, generator, campaign_request)

tm.flow(idp, sync, directory, protocol="https", label="hourly directory sync")
tm.flow(sync, directory_store, directory)
tm.flow(directory_store, generator, directory)
tm.flow(news_source, generator, news, protocol="https", label="news lookup")
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, completion, protocol="https")
tm.flow(generator, campaign_store, email, label="drafts")

tm.flow(campaign_store, console, email, label="drafts for review")
tm.flow(console, campaign_store, approval, email, label="edits, approval and schedule")
tm.flow(campaign_store, mailer, email, approval)
tm.flow(
    mailer,
    mail_gateway,
    email,
    protocol="smtp+starttls",
    controls={c.MessageIntegrity(note="DKIM-signed")},
)
tm.flow(mail_gateway, employee, email, protocol="https", label="mailbox")

tm.flow(employee, tracker, events, protocol="https", label="clicks and reports")
tm.flow(tracker, employee, landing, protocol="https")
tm.flow(tracker, risk_store, events)
tm.flow(risk_store, scorer, events)
tm.flow(scorer, risk_store, risk)
tm.flow(risk_store, console, risk, events)
