"""Orchestra library assistant: the first design, before any security review.

The orchestra's librarians plan each season's music: which edition of a work to
play, whether we already own the parts, and whether it is public domain where we
perform or must be hired from a publisher and licensed. A web app in the
orchestra's cloud tenant, signed in to with the orchestra's Microsoft single
sign-on, lets a librarian ask in plain language. An LLM agent, backed by a hosted
model under the vendor's enterprise terms, searches our own library catalogue,
searches IMSLP and publishers' online catalogues (only those sites are reachable),
checks our performance rights register and the collecting society's works API, and
drafts rental enquiry e-mails to publishers' hire libraries, which are sent only
once the librarian approves them. Conversations are kept for reference. Librarians
record new licences and rentals in the rights register themselves.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchestra library assistant",
    profile=tg.RiskProfile.LOW,
    description="LLM assistant for finding sheet music editions and checking performance rights.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Librarian question",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Often names works planned for an unannounced season.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Agent prompt with tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, catalogue and rights results, fetched web text.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
catalogue_query = tg.Data("Catalogue search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
holdings = tg.Data(
    "Library holdings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Editions, sets of parts, shelf marks and marked-up bowings we own.",
)
web_query = tg.Data("Public score search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
web_pages = tg.Data(
    "Edition pages from IMSLP and publishers",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Catalogue entries, edition notes and copyright notices written by others.",
)
web_results = tg.Data(
    "Edition search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
rights_query = tg.Data(
    "Rights check request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
licences = tg.Data(
    "Performance licences and hire contracts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Licences held, hire contracts with fees, territories and performance dates.",
)
works_info = tg.Data(
    "Collecting society works data",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Composer, arranger and publisher shares and registration status of a work.",
)
rights_result = tg.Data(
    "Rights check result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_enquiry = tg.Data(
    "Rental enquiry draft",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Work, edition, performance dates and venue, signed with the librarian's name.",
)
approval = tg.Data("Enquiry send approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
enquiry_email = tg.Data(
    "Rental enquiry e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # IMSLP and publishers' public catalogues: the main source of edition facts.
    public_web = tm.add(
        tg.DataSource(
            "IMSLP and publisher catalogues",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_pages},
        )
    )
    # Publishers' hire libraries, who rent out parts and grant performance licences.
    hire_library = tm.add(tg.Actor("Publisher hire library", role="publisher staff"))

with tm.boundary("Collecting society", trust=tg.Trust.PARTNER):
    # Works registry of the performing rights society, queried with our member API key.
    society_api = tm.add(
        tg.ExternalService(
            "Collecting society works API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model; the agent's reasoning and drafting.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Orchestra office", trust=tg.Trust.INTERNAL):
    # The music librarians: ask the questions, approve enquiries, keep the rights register.
    librarian = tm.add(tg.Actor("Orchestra librarian", role="music librarian"))

with tm.boundary("Orchestra cloud tenant", trust=tg.Trust.INTERNAL):
    # Chat front end the librarians use from the office or at home.
    web_app = tm.add(
        tg.Endpoint(
            "Library assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft Entra ID single sign-on with MFA")},
        )
    )
    # The agent: plans the searches, calls the tools, writes the answer.
    agent = tm.add(
        tg.Agent(
            "Repertoire research agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the librarian, before an enquiry e-mail is sent"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Read-only search of our own catalogue.
    catalogue_tool = tm.add(tg.Tool("Library catalogue search tool", capabilities={"read"}))
    # Our library catalogue: what editions and parts we already own.
    catalogue = tm.add(tg.DataStore("Orchestra library catalogue", stores={holdings}))
    # Fetches and searches IMSLP and the publishers' catalogue sites.
    web_tool = tm.add(
        tg.Tool(
            "Public score search tool",
            capabilities={"read", "network-egress"},
            controls={c.EgressFiltering(note="IMSLP and four publishers' catalogue domains only")},
        )
    )
    # Looks a work up in our rights register and at the collecting society.
    rights_tool = tm.add(tg.Tool("Rights register lookup tool", capabilities={"read"}))
    # Licences and hire contracts we hold.
    register = tm.add(tg.DataStore("Performance rights register", stores={licences}))
    # Sends the approved enquiry from the library's shared mailbox.
    email_tool = tm.add(tg.Tool("Rental enquiry e-mail tool", capabilities={"send-messages"}))
    # Every conversation, so a librarian can pick up an earlier search.
    history = tm.add(tg.DataStore("Conversation history store", stores={transcripts}))

# ---------------------------------------------------------------- flows
tm.flow(librarian, web_app, question, approval, protocol="https")
tm.flow(web_app, librarian, answer, draft_enquiry, protocol="https")
tm.flow(web_app, agent, question, approval)
tm.flow(agent, web_app, answer, draft_enquiry)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, history, transcripts)
tm.flow(history, agent, transcripts, label="earlier conversation")

tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, catalogue, catalogue_query)
tm.flow(catalogue, catalogue_tool, holdings)
tm.flow(catalogue_tool, agent, holdings)

tm.flow(agent, web_tool, web_query)
tm.flow(web_tool, public_web, web_query, protocol="https")
tm.flow(public_web, web_tool, web_pages, protocol="https")
tm.flow(web_tool, agent, web_results)

tm.flow(agent, rights_tool, rights_query)
tm.flow(rights_tool, register, rights_query)
tm.flow(register, rights_tool, licences)
tm.flow(rights_tool, society_api, rights_query, protocol="https")
tm.flow(society_api, rights_tool, works_info, protocol="https")
tm.flow(rights_tool, agent, rights_result)

tm.flow(agent, email_tool, draft_enquiry)
tm.flow(email_tool, hire_library, enquiry_email, protocol="smtp+starttls")

tm.flow(librarian, register, licences, protocol="https", label="records licences and rentals")
