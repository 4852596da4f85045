"""Council housing allocation and bidding chatbot: the first design.

Housing applicants on the council's register sign in to the council's citizen
account and open a chat on the housing pages. The chatbot explains their band
and what it means under the allocation scheme, finds properties advertised in
this week's choice-based lettings (CBL) cycle that match their bedroom need,
and places bids for them once the applicant confirms each one in the chat.
It runs in the council's cloud tenancy; a vendor-hosted LLM writes the answers,
grounded in the published allocation scheme held in a small vector index.
Bands and applications come from the housing management system; adverts and
bids live in the CBL vendor's hosted system, which enforces bid limits and
bedroom eligibility itself. Sign-in is the citizen account (e-mail and
password through the council's OIDC provider); the chat API is rate limited.
Transcripts are kept for complaints handling and reviewed by lettings officers.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council housing allocation bidding chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chatbot that explains bands, finds CBL properties and places bids for applicants.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Applicant chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions about their band, property searches and bid requests.",
)
reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with scheme context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, scheme passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Answer text or the next tool call to make.",
)
scheme_docs = tg.Data(
    "Allocation scheme documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="The published allocation policy, banding criteria and lettings guidance.",
)
scheme_passages = tg.Data(
    "Scheme passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
applications = tg.Data(
    "Housing application records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Household, band, priority reasons including medical and welfare assessments.",
)
band_query = tg.Data("Band lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
band_result = tg.Data(
    "Band and priority summary",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Band, effective date, bedroom need and the reason for the band.",
)
search_query = tg.Data(
    "Property search request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
adverts = tg.Data(
    "Property adverts",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="This cycle's advertised properties: size, area, rent, landlord, closing date.",
)
search_result = tg.Data(
    "Matching properties", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result"
)
bid_request = tg.Data(
    "Bid request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Applicant reference and property reference of a confirmed bid.",
)
bids = tg.Data(
    "Bids",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bid_result = tg.Data(
    "Bid confirmation",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Accepted or refused, with the applicant's current queue position.",
)
band_sync = tg.Data(
    "Applicant eligibility extract",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Applicant reference, band, effective date and bedroom need for the CBL system.",
)
id_token = tg.Data(
    "Citizen account ID token", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
sign_in = tg.Data("Citizen account sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People on the housing register, often using a phone; some are vulnerable.
    applicant = tm.add(tg.Actor("Housing applicant", role="applicant"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers and chooses tool calls; hosted by the vendor in the UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's standard content filter")},
        )
    )

with tm.boundary("CBL vendor", trust=tg.Trust.PARTNER):
    # The choice-based lettings system: adverts each cycle, bids and shortlists.
    cbl = tm.add(
        tg.ExternalService(
            "Choice-based lettings system",
            description="Vendor-hosted CBL platform; lettings officers shortlist bids in it.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses bids on properties outside the applicant's bedroom need "
                    "and more than three bids per cycle"
                )
            },
        )
    )

with tm.boundary("Council identity", trust=tg.Trust.PARTNER):
    # The council-wide citizen account used by all online services.
    idp = tm.add(tg.ExternalService("Citizen account OIDC provider", provides="identity-provider"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the housing web pages.
    chat_api = tm.add(
        tg.Endpoint(
            "Housing chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="citizen account e-mail and password via OIDC"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The chatbot itself: plans the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Housing chatbot agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Passes the signed-in applicant's reference from the session to its tools.",
            controls={c.HumanInTheLoop(approver="the applicant confirms each bid in the chat")},
        )
    )
    # Explains the scheme from the published documents rather than from model memory.
    scheme_index = tm.add(tg.VectorStore("Allocation scheme index", stores={scheme_passages}))
    # Reads the applicant's own band from the housing management system.
    band_tool = tm.add(
        tg.Tool(
            "Band lookup tool",
            capabilities={"read"},
            description="Looks up the band for the applicant id taken from the chat session.",
        )
    )
    # Searches this cycle's adverts for properties matching the bedroom need.
    search_tool = tm.add(tg.Tool("Property search tool", capabilities={"read"}))
    # Places a bid in the CBL system on the applicant's behalf.
    bid_tool = tm.add(tg.Tool("Place bid tool", capabilities={"write"}))
    # Kept for complaints and service improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Housing systems", trust=tg.Trust.RESTRICTED):
        # The housing register: the system of record for applications and bands.
        hms = tm.add(
            tg.DataStore(
                "Housing management system",
                stores={applications},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Assess applications, set bands, maintain the scheme documents, handle complaints.
    officer = tm.add(tg.Actor("Lettings officer", role="housing staff"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, idp, sign_in, protocol="https", label="citizen account sign-in")
tm.flow(idp, chat_api, id_token, protocol="oidc")
tm.flow(applicant, chat_api, question, protocol="https")
tm.flow(chat_api, applicant, reply, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, reply)

tm.flow(agent, scheme_index, question, label="similarity query")
tm.flow(scheme_index, agent, scheme_passages, label="retrieved passages")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, band_tool, band_query)
tm.flow(band_tool, hms, band_query)
tm.flow(hms, band_tool, applications)
tm.flow(band_tool, agent, band_result)

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, cbl, search_query, protocol="https")
tm.flow(cbl, search_tool, adverts, protocol="https")
tm.flow(search_tool, agent, search_result)

tm.flow(agent, bid_tool, bid_request)
tm.flow(bid_tool, cbl, bid_request, protocol="https")
tm.flow(cbl, bid_tool, bid_result, protocol="https")
tm.flow(bid_tool, agent, bid_result)

tm.flow(agent, transcript_store, transcripts)

tm.flow(hms, cbl, band_sync, protocol="sftp", label="nightly eligibility export")
tm.flow(cbl, hms, bids, protocol="sftp", label="nightly bids and lettings export")

tm.flow(officer, hms, applications, label="assesses applications and sets bands")
tm.flow(officer, scheme_index, scheme_docs, label="uploads scheme documents")
tm.flow(transcript_store, officer, transcripts, label="complaints review")
tm.flow(officer, cbl, adverts, protocol="https", label="advertises properties, shortlists bids")
tm.flow(cbl, officer, bids, protocol="https")
