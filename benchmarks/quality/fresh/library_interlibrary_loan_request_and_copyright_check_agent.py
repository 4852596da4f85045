"""University library: interlibrary loan requests and copyright check agent (first design).

Students and staff sign in to the library catalogue with university SSO and
request journal articles or book chapters the library does not hold, signing
the copyright declaration in the same form. An LLM agent, using a hosted model
under the university's vendor agreement, picks up each new request, checks it
through a copyright tool against statutory copying limits, the requester's past
requests and the licence terms of our e-resources, and when it passes places
the order with a partner library through the resource-sharing network's API.
When the partner's scan arrives, the agent's delivery tool e-mails the requester
a download link that expires after 30 days. Requests the agent is unsure about
go to a referral queue that an ILL librarian works in a staff workbench. The
library systems run in the university's cloud tenancy; partner API keys are kept
in a vault, the agent's runs are logged and capped in steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library interlibrary loan request and copyright check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An agent that checks interlibrary loan requests against copyright limits and "
        "licence terms, orders copies from partner libraries and delivers the scans."
    ),
)

# ---------------------------------------------------------------- data assets
ill_request = tg.Data(
    "ILL request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Citation, requester, department, needed-by date and a free-text note.",
)
declaration = tg.Data(
    "Copyright declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The requester's signed statement that the copy is for private study or research.",
)
request_status = tg.Data("Request status", kind="records", sensitivity=tg.Sensitivity.PII)
request_history = tg.Data(
    "Requester's past ILL requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What each person has requested before: reveals their research and reading.",
)
licence_terms = tg.Data(
    "Licence terms and copyright rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="E-resource licence ILL clauses and the statutory copying limits, kept by librarians.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the request with its note, and tool results so far.",
)
agent_reply = tg.Data(
    "Model reply with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
copyright_query = tg.Data("Copyright check query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
copyright_result = tg.Data(
    "Copyright check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Within limits, over limits, or licence terms unclear, with the clause quoted.",
)
order_call = tg.Data("Partner order call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
partner_order = tg.Data(
    "Partner library order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Citation, requester name for the declaration, delivery method and max cost.",
)
order_status = tg.Data(
    "Partner order confirmation and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
scanned_copy = tg.Data(
    "Scanned copy",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PDF scan supplied for one named requester only under the copyright exception.",
)
delivery_call = tg.Data("Delivery call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
download_email = tg.Data(
    "Download link e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the requester with a link to the scan, valid for 30 days.",
)
referral = tg.Data(
    "Referral to librarian",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The request and the agent's reason for referring it.",
)
update_call = tg.Data("Request update call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
librarian_decision = tg.Data(
    "Librarian decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approve and order, reject with reason, or ask the requester for details.",
)
partner_api_key = tg.Data(
    "Resource-sharing network API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students and staff, on or off campus.
    patron = tm.add(tg.Actor("Student or staff requester", role="library patron"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="university procurement and DPA with the vendor")},
        )
    )

with tm.boundary("Partner libraries", trust=tg.Trust.PARTNER):
    # Other libraries' systems reached through the resource-sharing network.
    partners = tm.add(
        tg.ExternalService(
            "Partner library systems",
            provides="data-provider",
            description="Resource-sharing network API: takes orders, returns status and scans.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The university's hosted e-mail service, used to send download links.
    mail = tm.add(tg.ExternalService("University e-mail service", provides="generic"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Catalogue front end where requests are placed and tracked.
    catalogue = tm.add(
        tg.Endpoint(
            "Library catalogue request form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.InputValidation(),
            },
        )
    )
    # The ILL agent: checks, orders, delivers or refers each new request.
    agent = tm.add(
        tg.Agent(
            "ILL agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20), c.AuditLogging(retention_days=365)},
            description="Works through new requests from the queue; refers doubtful ones.",
        )
    )
    # Read-only check of a request against copying limits, history and licences.
    copyright_tool = tm.add(
        tg.Tool("Copyright check tool", capabilities={"read"}, origin="first-party")
    )
    # Places orders with partner libraries and collects the scans they return.
    order_tool = tm.add(
        tg.Tool(
            "Partner ordering tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
            controls={c.SecretsManagement()},
        )
    )
    # Sends the requester the download link once the scan is in.
    delivery_tool = tm.add(
        tg.Tool("Scan delivery tool", capabilities={"read", "send-messages"}, origin="first-party")
    )
    # Updates request status and puts requests on the librarian's referral queue.
    update_tool = tm.add(
        tg.Tool("Request update and referral tool", capabilities={"write"}, origin="first-party")
    )
    # Staff web app for the referral queue and manual decisions.
    workbench = tm.add(
        tg.Service(
            "ILL staff workbench",
            controls={c.Authentication(method="university SSO (SAML) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Library data", trust=tg.Trust.RESTRICTED):
        # Requests, declarations, status and each requester's history.
        request_db = tm.add(
            tg.DataStore(
                "ILL request database",
                stores={ill_request, declaration, request_status, request_history, referral},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Reference data the copyright tool reads, maintained by librarians.
        terms_db = tm.add(tg.DataStore("Licence terms and copyright rules", stores={licence_terms}))
        # Scans held for download until the link expires.
        scan_store = tm.add(
            tg.DataStore(
                "Scan delivery store",
                stores={scanned_copy},
                controls={c.RetentionLimits(days=30)},
            )
        )

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Handles referred requests and maintains licence terms.
    librarian = tm.add(tg.Actor("ILL librarian", role="library staff"))

# ---------------------------------------------------------------- flows
# requesting
tm.flow(patron, catalogue, ill_request, declaration, protocol="https")
tm.flow(catalogue, request_db, ill_request, declaration)
tm.flow(request_db, catalogue, request_status)
tm.flow(catalogue, patron, request_status, protocol="https")

# the agent's loop
tm.flow(request_db, agent, ill_request, label="new requests queue")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

tm.flow(agent, copyright_tool, copyright_query)
tm.flow(request_db, copyright_tool, request_history)
tm.flow(terms_db, copyright_tool, licence_terms)
tm.flow(copyright_tool, agent, copyright_result)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, partners, partner_order, partner_api_key, protocol="https")
tm.flow(partners, order_tool, order_status, scanned_copy, protocol="https")
tm.flow(order_tool, scan_store, scanned_copy)
tm.flow(order_tool, agent, order_status)

tm.flow(agent, delivery_tool, delivery_call)
tm.flow(scan_store, delivery_tool, scanned_copy, label="create expiring link")
tm.flow(delivery_tool, mail, download_email, protocol="smtp+starttls")
tm.flow(mail, patron, download_email, protocol="smtps")
tm.flow(scan_store, patron, scanned_copy, protocol="https", label="download via expiring link")

tm.flow(agent, update_tool, update_call)
tm.flow(update_tool, request_db, request_status, referral)

# librarian
tm.flow(request_db, workbench, referral, ill_request, request_history)
tm.flow(workbench, librarian, referral, ill_request, request_history, protocol="https")
tm.flow(librarian, workbench, librarian_decision, licence_terms, protocol="https")
tm.flow(workbench, request_db, librarian_decision, request_status)
tm.flow(workbench, terms_db, licence_terms)
tm.flow(
    librarian, partners, partner_order, protocol="https", label="manual order in partner portal"
)
