"""Self Assessment chatbot of the tax authority: the first design, before security review.

Individuals filing a Self Assessment return open a chat on the authority's website
and ask questions ("do I need to register?", "what can I claim as expenses?").
An LLM agent answers from the published guidance, indexed nightly into a vector
store, using a language model hosted by a cloud AI provider in-country. A person
who signs in through the government identity service (user ID, password and
2-step verification) can also ask about their own account: the agent then calls
an account lookup tool, which calls the back-office Self Assessment account API
with the session's access token and shows filing status, balance and payments due.
The agent can hand the conversation to a contact-centre adviser. The chat API sits
behind the web application firewall's rate limits; the hosted model has the
provider's content safety filter; the account API and the tax records system log
every access and the records are encrypted. Transcripts are kept for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tax authority Self Assessment chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chatbot answering Self Assessment questions from guidance and, "
    "after sign-in, showing the taxpayer's filing status and payments due.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Taxpayer question", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Chatbot answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
sign_in = tg.Data(
    "Sign-in credentials",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="User ID, password and the 2-step verification code.",
)
access_token = tg.Data(
    "Taxpayer access token",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="OIDC token naming the signed-in person and their UTR.",
)
llm_prompt = tg.Data(
    "Prompt with guidance and account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, guidance chunks and, when signed in, "
    "the account summary.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guidance = tg.Data(
    "Published Self Assessment guidance", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_summary = tg.Data(
    "Filing status and payments due",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Returns filed or outstanding, balance, payment on account dates and amounts.",
)
account_request = tg.Data("Account API request", sensitivity=tg.Sensitivity.PII, kind="records")
tax_records = tg.Data(
    "Self Assessment tax records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Returns filed, liabilities, payments, penalties and interest per taxpayer.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
handoff_summary = tg.Data(
    "Adviser handoff request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
adviser_case = tg.Data("Adviser chat case", sensitivity=tg.Sensitivity.PII, kind="records")
adviser_reply = tg.Data("Adviser chat message", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat; only signed-in people get account answers.
    taxpayer = tm.add(tg.Actor("Taxpayer", role="individual filing Self Assessment"))

with tm.boundary("Government identity service", trust=tg.Trust.PARTNER):
    # Cross-government sign-in, run by another department; issues the access token.
    identity = tm.add(
        tg.ExternalService(
            "Government identity service", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("Cloud AI provider", trust=tg.Trust.PARTNER):
    # The language model, a provider's hosted model in an in-country region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the provider's content safety filter")},
        )
    )

with tm.boundary("Digital services platform", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget on the website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="WAF per-IP limit"),
                c.Authentication(
                    method="government identity service: user ID and password with 2-step "
                    "verification (SMS or app code), for account questions only"
                ),
            },
        )
    )
    # Decides whether to answer from guidance, look up the account or hand over.
    agent = tm.add(
        tg.Agent(
            "Self Assessment assistant",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Answers and shows figures; the taxpayer files and pays themselves.",
        )
    )
    # Published guidance, chunked and embedded for retrieval.
    guidance_index = tm.add(tg.VectorStore("Guidance vector index", stores={guidance_chunks}))
    # Nightly job that re-indexes changed guidance pages.
    indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
    # Fetches the signed-in taxpayer's account summary for the agent.
    account_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            description="Calls the account API with the session's access token; the API returns "
            "the record for the UTR in that token.",
        )
    )
    # Passes the conversation to a human adviser when the bot cannot help.
    handoff_tool = tm.add(
        tg.Tool(
            "Adviser handoff tool", capabilities={"send-messages"}, origin=tg.ToolOrigin.FIRST_PARTY
        )
    )
    # Kept for quality review and complaints.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Guidance publishing", trust=tg.Trust.INTERNAL):
    # Where content designers publish the guidance pages the bot answers from.
    cms = tm.add(
        tg.DataSource("Guidance content system", origin=tg.Origin.INTERNAL, provides={guidance})
    )

with tm.boundary("Tax back office", trust=tg.Trust.RESTRICTED):
    # Read API over the Self Assessment accounts, shared with the online tax account.
    account_api = tm.add(
        tg.Service(
            "Self Assessment account API",
            controls={c.AuditLogging(note="every account read, with the caller's identity")},
        )
    )
    # The system of record for returns, liabilities and payments.
    sa_records = tm.add(
        tg.DataStore(
            "Self Assessment accounts system",
            stores={tax_records},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.AuditLogging()},
        )
    )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Queues handed-over chats for advisers.
    adviser_queue = tm.add(tg.Service("Adviser web chat queue"))
    # Takes over the conversation with the taxpayer.
    adviser = tm.add(tg.Actor("Contact centre adviser", role="tax adviser"))

# ---------------------------------------------------------------- flows
tm.flow(taxpayer, identity, sign_in, protocol="https", label="sign in")
tm.flow(identity, chat_api, access_token, protocol="oidc")
tm.flow(taxpayer, chat_api, question, protocol="https")
tm.flow(chat_api, taxpayer, answer, protocol="https")

tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, answer)

tm.flow(agent, guidance_index, question, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(cms, indexer, guidance, protocol="https", label="nightly export")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, account_tool, lookup_call)
tm.flow(account_tool, agent, account_summary)
tm.flow(chat_api, account_tool, access_token, label="session's access token")
tm.flow(account_tool, account_api, account_request, access_token, protocol="https")
tm.flow(account_api, account_tool, account_summary, protocol="https")
tm.flow(account_api, sa_records, account_request)
tm.flow(sa_records, account_api, tax_records)

tm.flow(agent, handoff_tool, handoff_summary)
tm.flow(handoff_tool, adviser_queue, adviser_case, protocol="https")
tm.flow(adviser_queue, adviser, adviser_case, protocol="https")
tm.flow(adviser, adviser_queue, adviser_reply, protocol="https")
tm.flow(adviser_queue, chat_api, adviser_reply, protocol="https")

tm.flow(agent, transcript_store, transcripts)
