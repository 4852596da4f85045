"""County library e-book and audiobook recommender: the first design, before review.

Library members use the county library app to get e-book and audiobook suggestions
and can chat with an assistant to ask for ideas and place holds. The assistant is
an LLM agent in the library's cloud tenancy: it reads the member's loan history and
stated interests, searches a vector index of the lending platform's catalogue and
the librarians' featured lists, and sends its prompts to a hosted LLM vendor.
The lending platform is a third-party e-lending service reached through its API;
a nightly job copies its catalogue and members' loans into the library's stores,
and a hold tool places holds through the same API.
Members sign in with their library card number and PIN; librarians curate featured
lists in a staff console behind the county's single sign-on. The design has TLS on
every external link, rate limits on the app API, encryption at rest for member
profiles, a member confirmation before any hold, and the platform key in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County library e-book recommendation assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM suggestions and holds for library members over the e-lending catalogue.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Library card number and PIN", sensitivity=tg.Sensitivity.PII, kind="credentials")
chat_message = tg.Data("Member chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
interests = tg.Data("Stated reading interests", sensitivity=tg.Sensitivity.PII, kind="records")
reply = tg.Data("Suggestions and reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
loan_history = tg.Data(
    "Member loan history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
catalogue = tg.Data(
    "Catalogue titles and blurbs",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Title metadata and publisher descriptions from the lending platform.",
)
catalogue_vectors = tg.Data(
    "Catalogue embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
featured = tg.Data("Featured lists", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
prompt = tg.Data(
    "Recommendation prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, chat turn, loan history, interests and retrieved titles.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
search_call = tg.Data(
    "Catalogue search call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
search_result = tg.Data("Matching titles", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result")
hold_call = tg.Data("Hold request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
hold_result = tg.Data("Hold confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
chat_log = tg.Data("Chat history", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Card holders using the library app on their own phones and browsers.
    member = tm.add(tg.Actor("Library member", role="member"))

with tm.boundary("E-lending platform", trust=tg.Trust.PARTNER):
    # The third-party lending service: the catalogue, loans and holds live there.
    lending = tm.add(
        tg.ExternalService(
            "Lending platform API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Catalogue, loan and hold API of the library's e-book supplier.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review; no training on prompts")},
        )
    )

with tm.boundary("Library cloud tenancy", trust=tg.Trust.INTERNAL):
    # The API behind the library app: sign-in, profile and chat.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="library card number and PIN"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The chat assistant: plans searches, writes suggestions, proposes holds.
    assistant = tm.add(
        tg.Agent(
            "Recommendation assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the member taps to confirm each hold"),
                c.CircuitBreaker(max_steps=10),
            },
        )
    )
    # Read-only search over the catalogue index.
    search_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Places a hold for the signed-in member on the lending platform.
    hold_tool = tm.add(
        tg.Tool(
            "Place hold tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="platform API key in the cloud key vault")},
        )
    )
    # Loan history synced from the platform plus interests members give in the app.
    profiles = tm.add(
        tg.DataStore(
            "Member profile store",
            stores={loan_history, interests},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation turns kept so the assistant can follow a chat.
    chats = tm.add(tg.DataStore("Chat history store", stores={chat_log}))
    # Embedded catalogue and featured lists for retrieval.
    index = tm.add(tg.VectorStore("Catalogue vector index", stores={catalogue_vectors, featured}))
    # Copies the catalogue and members' loans from the platform every night.
    sync = tm.add(
        tg.Pipeline(
            "Nightly lending platform sync",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="platform API key in the cloud key vault")},
        )
    )
    # Staff web console where librarians build featured lists.
    console = tm.add(
        tg.Service(
            "Curation console",
            controls={c.Authentication(method="county staff SSO (OIDC)"), c.RBAC()},
        )
    )

with tm.boundary("County staff network", trust=tg.Trust.INTERNAL):
    # Librarians who curate featured and seasonal lists.
    librarian = tm.add(tg.Actor("Librarian", role="librarian"))

# ---------------------------------------------------------------- flows
tm.flow(member, app_api, sign_in, chat_message, interests, protocol="https")
tm.flow(app_api, member, reply, hold_result, protocol="https")
tm.flow(app_api, profiles, interests, label="saves stated interests")
tm.flow(app_api, assistant, chat_message)
tm.flow(assistant, app_api, reply, hold_result)

tm.flow(profiles, assistant, loan_history, interests)
tm.flow(chats, assistant, chat_log)
tm.flow(assistant, chats, chat_log)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, search_tool, search_call)
tm.flow(search_tool, index, search_call, label="similarity query")
tm.flow(index, search_tool, catalogue_vectors, featured)
tm.flow(search_tool, assistant, search_result)

tm.flow(assistant, hold_tool, hold_call)
tm.flow(hold_tool, lending, hold_call, protocol="https")
tm.flow(lending, hold_tool, hold_result, protocol="https")
tm.flow(hold_tool, assistant, hold_result)

tm.flow(lending, sync, catalogue, loan_history, protocol="https", label="nightly export")
tm.flow(sync, index, catalogue_vectors)
tm.flow(sync, profiles, loan_history)

tm.flow(librarian, console, featured, protocol="https")
tm.flow(console, index, featured)
tm.flow(index, console, featured, label="current lists")
