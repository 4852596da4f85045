"""Computer-use task agent: the first design, before any security review.

A SaaS for small businesses in the EU and US. Customers type web tasks into our
web app ("book a table for six on Friday", "fill in the supplier portal form",
"download last month's invoices") and an agent does them in a headless browser.
The agent sends screenshots and the task to a hosted computer-use LLM, which
answers with the next click, keystroke or navigation; the browser runs in an
ephemeral per-task container in a separate sandbox cluster. Customers store their
site logins in our vault; the browser fills them in directly, so the model never
sees a password. Before submitting a payment or a form the agent pauses and asks
the customer to approve, by e-mail or push and then in the web app. Customers sign
in with OIDC; each task is capped in steps; downloads land in a file store the
customer reads from, and runs are recorded for support and audit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Computer-use task agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="Agent that carries out customers' web tasks in a sandboxed headless browser.",
)

# ---------------------------------------------------------------- data assets
task = tg.Data(
    "Task instructions",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What to do, on which site, with names, dates and order details.",
)
approval = tg.Data(
    "Approval decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval_request = tg.Data(
    "Approval request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The pending payment or form, with a screenshot and a link to approve.",
)
status = tg.Data(
    "Task status and result",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Progress, the agent's summary of what it did, and errors.",
)
site_credentials = tg.Data(
    "Site credentials",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Usernames, passwords and TOTP seeds for the customer's accounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Computer-use prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the task, the step history and the latest screenshot.",
)
next_action = tg.Data(
    "Proposed browser action",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Click, type, scroll, navigate, download or done.",
)
browser_action = tg.Data("Browser command", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
observation = tg.Data(
    "Page observation",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Screenshot, URL and accessibility tree of the current page.",
)
web_pages = tg.Data(
    "Web page content",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Whatever the visited sites serve, including ads and user content.",
)
submissions = tg.Data(
    "Form submissions and payments",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Bookings, portal forms, checkouts with saved payment methods.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
downloads = tg.Data(
    "Downloaded files",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Invoices, statements and confirmations fetched for the customer.",
)
task_history = tg.Data("Task and step history", sensitivity=tg.Sensitivity.PII, kind="records")
recordings = tg.Data(
    "Run recordings",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Every step's screenshot, the model's action and the approvals.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A customer's employee who gives tasks and approves payments and forms.
    customer = tm.add(tg.Actor("Customer user", role="customer"))
    # The sites the agent visits: restaurants, supplier portals, billing pages.
    websites = tm.add(
        tg.DataSource(
            "Third-party websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_pages, downloads},
            description="Any site a customer names in a task.",
        )
    )

with tm.boundary("Product cloud", trust=tg.Trust.INTERNAL):
    # The web app and API customers use to submit, approve and review tasks.
    web_app = tm.add(
        tg.Endpoint(
            "Web app and API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC (Google / Microsoft sign-in)"),
                c.RateLimiting(requests_per_minute=30, note="per-account task quota"),
            },
        )
    )
    # Plans and runs each task step by step with the LLM and the browser.
    agent = tm.add(
        tg.Agent(
            "Task agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the customer, before any payment or form submission"),
                c.CircuitBreaker(max_steps=150),
            },
        )
    )
    # Tasks, their steps and approvals, so a run can pause and resume.
    task_db = tm.add(tg.DataStore("Task database", stores={task_history}))
    # Files the browser downloaded, for the customer to fetch.
    file_store = tm.add(tg.DataStore("Download store", stores={downloads}))
    # Replayable record of each run, for support and customer disputes.
    run_log = tm.add(
        tg.DataStore(
            "Run recording store",
            stores={recordings},
            controls={c.AuditLogging(retention_days=90)},
        )
    )

    with tm.boundary("Secrets tier", trust=tg.Trust.RESTRICTED):
        # The customers' site logins.
        vault = tm.add(
            tg.DataStore(
                "Credential vault",
                stores={site_credentials},
                controls={
                    c.SecretsManagement(),
                    c.EncryptionAtRest(key_management="KMS, per-customer data keys"),
                },
            )
        )

with tm.boundary("Browser sandbox cluster", trust=tg.Trust.INTERNAL):
    # Headless Chromium driven over CDP; one fresh container per task.
    browser = tm.add(
        tg.Tool(
            "Headless browser",
            capabilities={"read", "write", "network-egress", "money-movement"},
            controls={c.Sandboxing(note="gVisor container, destroyed after the task")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Decides the next browser action from the task and a screenshot.
    llm = tm.add(
        tg.LLM(
            "Hosted computer-use LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="zero data retention agreement")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends approval requests by e-mail and push so tasks do not stall.
    notifier = tm.add(tg.ExternalService("E-mail and push provider", provides="generic"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Looks at run recordings to debug failed tasks.
    support = tm.add(tg.Actor("Support engineer", role="support staff", privileged=True))

# ---------------------------------------------------------------- flows
# customer and the web app
tm.flow(customer, web_app, task, approval, protocol="https")
tm.flow(
    customer,
    web_app,
    site_credentials,
    protocol="https",
    id="customer->web-app:credentials",
    label="save a login",
)
tm.flow(web_app, customer, status, approval_request, downloads, protocol="https")
tm.flow(web_app, vault, site_credentials)
tm.flow(web_app, agent, task, approval)
tm.flow(agent, web_app, status, approval_request)
tm.flow(file_store, web_app, downloads)

# approvals out of band
tm.flow(agent, notifier, approval_request, protocol="https")
tm.flow(notifier, customer, approval_request, protocol="smtp+starttls")

# the agent loop
tm.flow(agent, task_db, task_history)
tm.flow(task_db, agent, task_history)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, next_action, protocol="https")
tm.flow(agent, browser, browser_action, protocol="wss")
tm.flow(browser, agent, observation, protocol="wss")
tm.flow(vault, browser, site_credentials, protocol="https", label="fill login form")

# the browser on the web
tm.flow(browser, websites, submissions, site_credentials, protocol="https")
tm.flow(websites, browser, web_pages, downloads, protocol="https")
tm.flow(browser, file_store, downloads, protocol="https")

# recordings
tm.flow(agent, run_log, recordings)
tm.flow(run_log, support, recordings, protocol="https")
