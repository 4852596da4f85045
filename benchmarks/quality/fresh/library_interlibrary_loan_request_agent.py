"""Interlibrary loan request agent: the first design, before any security review.

Students and staff of the university ask for books the library does not hold
through a chat panel in the library portal, after signing in with university SSO.
An LLM agent (a hosted model behind the vendor's API) searches the union
catalogue of the partner libraries, looks up the requester's borrowing status and
any unpaid fines in the library management system, and places the loan request
with a partner library through the interlibrary loan (ILL) network's API using
the library's ILL account. A request whose partner fee is above the cost limit is
not sent: it waits in a review queue until an ILL librarian approves it in the
staff console. The portal and the agent run in the library's cloud tenancy; the
ILL API key is kept in the university's secrets vault; agent steps and requests
are logged. The university is in the EU, so patron data falls under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Interlibrary loan request agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent in the library portal that places interlibrary loan requests.",
)

# ---------------------------------------------------------------- data assets
sso_login = tg.Data("SSO sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data(
    "SSO identity token",
    sensitivity=tg.Sensitivity.PII,
    kind="credentials",
    description="OIDC token naming the patron and their university role.",
)
patron_message = tg.Data("Patron request message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, and tool results so far.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
catalogue_query = tg.Data("Catalogue search", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
holdings = tg.Data(
    "Union catalogue records",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="tool-result",
    description="Bibliographic records and holdings of partner libraries, free text included.",
)
status_query = tg.Data("Patron status lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
patron_status = tg.Data(
    "Borrowing status and fines",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
patron_records = tg.Data(
    "Patron records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Loans, blocks, fines and contact details of every patron.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
loan_call = tg.Data("Loan request call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
ill_request = tg.Data(
    "ILL request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Title, lending library, the patron's name and pickup point, and the fee.",
)
ill_confirmation = tg.Data(
    "ILL request confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
ill_api_key = tg.Data("ILL network API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
pending_request = tg.Data("Request over cost limit", sensitivity=tg.Sensitivity.PII, kind="records")
librarian_approval = tg.Data(
    "Librarian approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
agent_log = tg.Data("Conversation and request log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students and staff reach the portal from anywhere.
    patron = tm.add(tg.Actor("Library patron", role="student or staff member"))

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # Every patron signs in through the university's identity provider.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="The university's OIDC identity provider.",
        )
    )
    # The ILL team works from the library's staff network.
    librarian = tm.add(tg.Actor("ILL librarian", role="interlibrary loan librarian"))

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only entry point for patrons: the chat panel of the library portal.
    portal = tm.add(
        tg.Endpoint(
            "Library portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="University SSO (OIDC)"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans the search, the status check and the request from the patron's message.
    agent = tm.add(
        tg.Agent(
            "ILL request agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="ILL librarian",
                    above="the library's cost limit per request",
                    note="only requests whose partner fee is above the cost limit wait for approval",
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only search of the partner libraries' union catalogue.
    catalogue_tool = tm.add(
        tg.Tool(
            "Union catalogue search tool",
            capabilities={"read", "network-egress"},
        )
    )
    # Reads one patron's loans, blocks and fines from the LMS.
    status_tool = tm.add(tg.Tool("Patron account lookup tool", capabilities={"read"}))
    # Sends the loan request to the ILL network, or parks it for a librarian.
    ill_tool = tm.add(
        tg.Tool(
            "ILL request tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="ILL API key held in the university vault")},
        )
    )
    # Requests above the cost limit wait here for a librarian.
    review_queue = tm.add(tg.DataStore("ILL review queue", stores={pending_request}))
    # Where the ILL team sees and approves requests above the cost limit.
    staff_console = tm.add(
        tg.Endpoint(
            "ILL staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="University SSO (OIDC)"), c.RBAC()},
        )
    )
    # Kept for troubleshooting and for answering patrons' questions about requests.
    request_log = tm.add(tg.DataStore("Agent request log", stores={agent_log}))

with tm.boundary("Library systems", trust=tg.Trust.INTERNAL):
    # System of record for patrons, loans and fines.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={patron_records},
            controls={c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model with tool calling, reached over the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="university procurement review, EU data processing")
            },
        )
    )

with tm.boundary("Interlibrary loan network", trust=tg.Trust.PARTNER):
    # Shared catalogue of the partner libraries' holdings.
    union_catalogue = tm.add(
        tg.ExternalService("Union catalogue", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The network's request API; partner libraries fill requests from it.
    ill_api = tm.add(tg.ExternalService("ILL network API"))

# ---------------------------------------------------------------- flows
tm.flow(patron, sso, sso_login, protocol="https")
tm.flow(sso, portal, id_token, protocol="https")
tm.flow(patron, portal, patron_message, protocol="https")
tm.flow(portal, patron, agent_reply, protocol="https")
tm.flow(portal, agent, patron_message, id_token)
tm.flow(agent, portal, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, union_catalogue, catalogue_query, protocol="https")
tm.flow(union_catalogue, catalogue_tool, holdings, protocol="https")
tm.flow(catalogue_tool, agent, holdings)

tm.flow(agent, status_tool, status_query)
tm.flow(status_tool, lms, status_query, protocol="https")
tm.flow(lms, status_tool, patron_status, protocol="https")
tm.flow(status_tool, agent, patron_status)

tm.flow(agent, ill_tool, loan_call)
tm.flow(ill_tool, ill_api, ill_request, ill_api_key, protocol="https")
tm.flow(ill_api, ill_tool, ill_confirmation, protocol="https")
tm.flow(ill_tool, agent, ill_confirmation)
tm.flow(ill_tool, review_queue, pending_request, label="fee above cost limit")

tm.flow(review_queue, staff_console, pending_request)
tm.flow(staff_console, librarian, pending_request, protocol="https")
tm.flow(librarian, staff_console, librarian_approval, protocol="https")
tm.flow(
    staff_console, ill_api, ill_request, ill_api_key, protocol="https", label="approved request"
)
tm.flow(ill_api, staff_console, ill_confirmation, protocol="https")

tm.flow(agent, request_log, agent_log)
