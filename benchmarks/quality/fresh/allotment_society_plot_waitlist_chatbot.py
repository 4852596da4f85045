"""Allotment society plot and waiting-list chatbot: the first design.

A volunteer-run allotment society adds a chat widget to its website. Applicants ask
their waiting-list position, plot holders ask about rules, rents and vacant plots, and
committee members ask it to add, offer, defer or remove waiting-list entries. The bot
is an LLM agent on the society's managed web host: it reads the rules and FAQ file,
calls a hosted LLM, and has three tools: a vacancy and position lookup (the applicant
gives their applicant number and postcode), a waiting-list update tool, and a tool that
e-mails plot offers through a transactional e-mail service. The list and plot register
live in the society's Google Sheet, which the committee also edits directly. Anyone can
chat; committee features unlock after website sign-in (e-mail and password), and the
bot repeats each change for the committee member to confirm before writing it.
Transcripts stay on the host. Applicants' contact details fall under UK GDPR.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Allotment society plot waiting-list chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot for plot questions, waiting-list position and committee "
    "updates to the list.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Chat message", sensitivity="pii", kind="prompt")
reply = tg.Data("Chatbot reply", sensitivity="pii", kind="model-output")
committee_login = tg.Data("Committee sign-in credentials", sensitivity="secret", kind="credentials")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, rules text, the conversation so far and tool results.",
)
llm_response = tg.Data("LLM response with tool calls", sensitivity="pii", kind="model-output")
rules = tg.Data("Society rules and FAQ", sensitivity="public", kind="documents")
waiting_list = tg.Data(
    "Waiting-list entries",
    sensitivity="pii",
    kind="records",
    description="Applicant number, name, address, postcode, e-mail, phone, date joined, "
    "position, offers made.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
plot_register = tg.Data(
    "Plot register",
    sensitivity="pii",
    kind="records",
    description="Plot number, size, status, rent and the current plot holder's name.",
)
lookup_request = tg.Data("Lookup request", sensitivity="pii", kind="tool-call")
lookup_result = tg.Data("Vacancy and position result", sensitivity="pii", kind="tool-result")
list_change = tg.Data("Waiting-list change", sensitivity="pii", kind="tool-call")
change_result = tg.Data("Change confirmation", sensitivity="pii", kind="tool-result")
offer_request = tg.Data("Offer e-mail request", sensitivity="pii", kind="tool-call")
offer_email = tg.Data("Plot offer e-mail", sensitivity="pii")
transcripts = tg.Data("Chat transcripts", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # People on the waiting list, or wanting to join it.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))
    # Members who already hold a plot and ask about rules, rents and vacancies.
    plot_holder = tm.add(tg.Actor("Plot holder", role="member"))
    # Volunteer committee members who run the waiting list, from home.
    committee = tm.add(tg.Actor("Committee member", role="committee member", privileged=True))

with tm.boundary("Society web host", trust="internal"):
    # The chat widget's backend on the society's website.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose="api",
            controls={
                c.Authentication(
                    method="website account e-mail and password, for committee features only"
                ),
            },
        )
    )
    # The LLM agent that answers and, for committee members, changes the list.
    agent = tm.add(
        tg.Agent(
            "Waiting-list chatbot",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(
                    approver="the signed-in committee member, who confirms each change in the chat"
                ),
            },
        )
    )
    # The rules, tenancy terms and FAQ the bot answers from; committee uploads new versions.
    rules_file = tm.add(tg.DataStore("Rules and FAQ file", stores={rules}))
    # Read-only: vacancies for anyone, waiting-list position for a given applicant.
    lookup_tool = tm.add(
        tg.Tool(
            "Plot and waiting-list lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="applicant number and postcode matched to the waiting-list record"
                ),
            },
        )
    )
    # Adds, offers, defers and removes entries; only given to the agent in committee sessions.
    update_tool = tm.add(
        tg.Tool(
            "Waiting-list update tool",
            capabilities={"write", "delete"},
            controls={c.RBAC(note="enabled only in sessions signed in with a committee account")},
        )
    )
    # Sends the offer of a vacant plot to the applicant at the top of the list.
    offer_tool = tm.add(tg.Tool("Plot offer e-mail tool", capabilities={"send-messages"}))
    # Transcripts kept on the host so the committee can check what the bot said.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

with tm.boundary("Google Workspace", trust="partner"):
    # The society's spreadsheet: waiting list and plot register, shared with the committee.
    sheet = tm.add(
        tg.DataStore(
            "Society waiting-list spreadsheet",
            stores={waiting_list, plot_register},
            controls={c.RBAC(note="sheet shared only with committee Google accounts")},
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # Hosted chat model with tool calling, paid per token.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("E-mail provider", trust="partner"):
    # Transactional e-mail service that delivers the offer e-mails.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(applicant, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, applicant, reply, protocol="https")
tm.flow(plot_holder, chat_endpoint, chat_message, protocol="https")
tm.flow(chat_endpoint, plot_holder, reply, protocol="https")
tm.flow(committee, chat_endpoint, chat_message, committee_login, protocol="https")
tm.flow(chat_endpoint, committee, reply, protocol="https")
tm.flow(chat_endpoint, agent, chat_message)
tm.flow(agent, chat_endpoint, reply)

# the agent's model, knowledge and memory of conversations
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_response, protocol="https")
tm.flow(rules_file, agent, rules)
tm.flow(agent, transcript_store, transcripts)

# tools
tm.flow(agent, lookup_tool, lookup_request)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(sheet, lookup_tool, waiting_list, plot_register, protocol="https", label="Sheets API read")
tm.flow(agent, update_tool, list_change)
tm.flow(update_tool, agent, change_result)
tm.flow(update_tool, sheet, list_change, protocol="https", label="Sheets API write")
tm.flow(agent, offer_tool, offer_request)
tm.flow(offer_tool, email_service, offer_email, protocol="https")
tm.flow(email_service, applicant, offer_email, protocol="smtp", label="offer e-mail")

# committee upkeep outside the chat
tm.flow(committee, sheet, waiting_list, plot_register, protocol="https", label="edits the sheet")
tm.flow(committee, rules_file, rules, protocol="https", label="uploads new rules")
