"""University library reading assistant: the first design, before any security review.

The library adds a chat assistant to its catalogue search. A student describes an
assignment and the assistant recommends books and articles, working from the
catalogue, the module's reading list in the virtual learning environment (VLE) and
the student's own loan history. When the student asks, it places a hold on a copy or
requests an inter-library loan (ILL); it confirms each request with the student first.
Students sign in with university single sign-on (Entra ID, MFA enforced). The assistant
is an LLM agent in the library's cloud tenancy; the model is hosted by a vendor under
the university's data processing agreement. Catalogue, loans, holds and ILL go through
the library services platform's API. Conversations are kept so that librarians can
read them in a review console and improve reading lists.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University library reading assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM assistant in the library catalogue that recommends reading for assignments "
        "and places holds and inter-library loan requests for students."
    ),
)

# ---------------------------------------------------------------- data assets
sso_login = tg.Data("SSO credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sso_assertion = tg.Data(
    "SSO session assertion",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed SAML assertion with the student or staff ID and library patron number.",
)
question = tg.Data(
    "Student chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The assignment brief, module code and follow-up questions.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, catalogue hits, reading list and loan history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Assistant tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Bibliographic records, holdings and availability, e-resource links.",
)
reading_lists = tg.Data(
    "Module reading lists",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lists and notes written by academics and librarians for each module.",
)
loans = tg.Data(
    "Student loan history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
hold_request = tg.Data("Hold and ILL requests", kind="records", sensitivity=tg.Sensitivity.PII)
ill_request = tg.Data(
    "ILL request to lending library",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Item citation, the requester's name and the pick-up library.",
)
transcripts = tg.Data(
    "Assistant conversations",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Full conversations with the student ID, tool calls and results.",
)
list_edits = tg.Data("Reading list updates", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students use the catalogue from their own laptops and phones.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # University single sign-on, run on the university's Entra ID tenant.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Entra ID with MFA for all students and staff; SAML to the library apps.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="university procurement review and DPA, no training on our data"
                )
            },
        )
    )

with tm.boundary("Library services platform vendor", trust=tg.Trust.PARTNER):
    # The library's SaaS system of record: catalogue, patrons, loans, holds and ILL.
    lsp = tm.add(
        tg.Service(
            "Library services platform",
            description="Hosted library management system with a REST API keyed per application.",
        )
    )
    # Other libraries that lend items through the ILL network.
    ill_network = tm.add(
        tg.ExternalService(
            "Inter-library loan network",
            description="National ILL broker that routes requests to lending libraries.",
        )
    )

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # The catalogue search front end with the chat panel.
    chat_api = tm.add(
        tg.Endpoint(
            "Catalogue chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (SAML, Entra ID) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans the recommendation, calls the tools and the LLM.
    assistant = tm.add(
        tg.Agent(
            "Reading assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the student confirms each hold or ILL request in the chat"
                ),
                c.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Searches the catalogue through the library services platform API.
    search_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Reads the student's past loans to avoid recommending what they already read.
    loan_tool = tm.add(tg.Tool("Loan history tool", capabilities={"read"}))
    # Fetches the reading list of the module named in the assignment.
    list_tool = tm.add(tg.Tool("Reading list tool", capabilities={"read"}))
    # Places holds and ILL requests in the student's name.
    request_tool = tm.add(
        tg.Tool(
            "Hold and ILL request tool",
            capabilities={"write"},
            controls={
                c.TransactionLimits(
                    limit="10 ILL requests per student per academic year",
                    note="the ILL allowance the library services platform enforces",
                )
            },
        )
    )
    # Keeps every conversation for librarians to review.
    convo_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where librarians read conversations to spot gaps in reading lists.
    review_console = tm.add(
        tg.Service(
            "Librarian review console",
            controls={
                c.Authentication(method="university SSO (SAML, Entra ID) with MFA"),
                c.RBAC(note="library staff group only"),
            },
        )
    )

with tm.boundary("University campus network", trust=tg.Trust.INTERNAL):
    # The VLE (Moodle) where module reading lists are published.
    vle = tm.add(tg.Service("Virtual learning environment"))
    # Subject librarians who read conversations and maintain reading lists.
    librarian = tm.add(tg.Actor("Subject librarian", role="librarian"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, sso_login, protocol="https")
tm.flow(sso, chat_api, sso_assertion, protocol="https")
tm.flow(student, chat_api, question, protocol="https")
tm.flow(chat_api, student, reply, protocol="https")
tm.flow(chat_api, assistant, question, sso_assertion)
tm.flow(assistant, chat_api, reply)

tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, search_tool, tool_call)
tm.flow(search_tool, lsp, tool_call, protocol="https")
tm.flow(lsp, search_tool, catalogue, protocol="https")
tm.flow(search_tool, assistant, catalogue)

tm.flow(assistant, loan_tool, tool_call)
tm.flow(loan_tool, lsp, tool_call, protocol="https")
tm.flow(lsp, loan_tool, loans, protocol="https")
tm.flow(loan_tool, assistant, loans)

tm.flow(assistant, list_tool, tool_call)
tm.flow(list_tool, vle, tool_call, protocol="https")
tm.flow(vle, list_tool, reading_lists, protocol="https")
tm.flow(list_tool, assistant, reading_lists)

tm.flow(assistant, request_tool, tool_call)
tm.flow(request_tool, lsp, hold_request, protocol="https")
tm.flow(lsp, request_tool, hold_request, protocol="https", label="request status")
tm.flow(request_tool, assistant, hold_request)
tm.flow(lsp, ill_network, ill_request, protocol="https")
tm.flow(ill_network, lsp, ill_request, protocol="https", label="lender response")

tm.flow(assistant, convo_store, transcripts)
tm.flow(librarian, sso, sso_login, protocol="https")
tm.flow(sso, review_console, sso_assertion, protocol="https")
tm.flow(convo_store, review_console, transcripts)
tm.flow(review_console, librarian, transcripts, protocol="https")
tm.flow(librarian, vle, list_edits, protocol="https")
