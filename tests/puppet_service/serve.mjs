// The official wechaty puppet service (npm wechaty-puppet-service) hosting the mock puppet (npm wechaty-puppet-mock)
// on loopback with TLS off, driven by the Python tests over stdin/stdout, one JSON object a line.
//
// In (stdin), each with an optional "seq" echoed in the answer {"ok": seq} (or {"error": ..., "seq": seq}):
//   {"op": "contact", "id", "name", "friend"}            a contact (friend by default)
//   {"op": "room", "id", "topic", "members", "owner"}    a room; the mock treats ids with "@" as rooms
//   {"op": "login"}                                      the bot's account logs in
//   {"op": "say", "from", "text", "room" | "to", "mentions"}   a member's text (mentions: contact ids)
//   {"op": "image", "from", "room", "png"}               a member's picture (png: base64)
//   {"op": "join", "room", "invitees", "inviter"}        people join a room
//   {"op": "down"} / {"op": "up"}                        stop the gRPC server (streams cut) / start it again
// Out (stdout): {"ready": port}, then {"call": rpc, ...} for each thing the bot asked the service to do.
import readline from 'node:readline'
import { FileBox } from 'file-box'
import { log } from 'wechaty-puppet'
import { PuppetMock, mock } from 'wechaty-puppet-mock'
import { PuppetServer } from 'wechaty-puppet-service'

log.level(process.env.WECHATY_LOG || 'silent')

const port = Number(process.env.PORT || 0)
const token = process.env.TOKEN || 'test-token'
const out = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')

// What the bot asks the service to do is recorded here, then done by the mock as usual.
class RecordingPuppet extends PuppetMock {
  async messageSendText (conversationId, text, mentionIdList) {
    out({ call: 'MessageSendText', conversation: conversationId, text, mentions: mentionIdList || [] })
    return super.messageSendText(conversationId, text, mentionIdList)
  }

  async messageSendFile (conversationId, file) {
    out({ call: 'MessageSendFile', conversation: conversationId, name: file.name })
    return super.messageSendFile(conversationId, file)
  }

  async roomDel (roomId, contactId) {
    out({ call: 'RoomDel', room: roomId, contact: contactId })
    return super.roomDel(roomId, contactId)
  }

  // The mock answers every picture with the same QR code; a picture a member sent is answered with itself.
  async messageImage (messageId, imageType) {
    out({ call: 'MessageImage', message: messageId })
    const json = this.mocker.cacheFileBoxPayload.get(messageId)
    return json ? FileBox.fromJSON(json) : super.messageImage(messageId, imageType)
  }
}

const mocker = new mock.Mocker()
const puppet = new RecordingPuppet({ mocker })
const contacts = new Map()
const rooms = new Map()
let self

const commands = {
  contact ({ id, name, friend = true }) {
    contacts.set(id, mocker.createContact({ id, name, friend }))
  },
  room ({ id, topic, members, owner }) {
    rooms.set(id, mocker.createRoom({ id, topic, memberIdList: members, ownerId: owner || self.id }))
  },
  login () {
    mocker.login(self)
  },
  say ({ from, text, room, to, mentions = [] }) {
    const where = room ? rooms.get(room) : contacts.get(to) || self
    contacts.get(from).say(text, mentions.map(id => contacts.get(id))).to(where)
  },
  image ({ from, room, png }) {
    contacts.get(from).say(FileBox.fromBase64(png, 'photo.png')).to(rooms.get(room))
  },
  join ({ room, invitees, inviter }) {
    rooms.get(room).add(...invitees.map(id => contacts.get(id))).by(contacts.get(inviter))
  },
  async down () {
    await server.stop()
  },
  async up () {
    server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, puppet, token, tls: { disable: true } })
    await server.start()
  },
}

let server = new PuppetServer({ endpoint: `127.0.0.1:${port}`, puppet, token, tls: { disable: true } })
await server.start()
self = mocker.createContact({ id: process.env.SELF_ID || 'bot-self', name: '小助手' })
contacts.set(self.id, self)
out({ ready: port })

const lines = readline.createInterface({ input: process.stdin })
for await (const line of lines) {
  if (!line.trim()) continue
  let command
  try {
    command = JSON.parse(line)
    await commands[command.op](command)
    out({ ok: command.seq ?? null })
  } catch (e) {
    out({ error: String(e && e.stack || e), seq: command?.seq ?? null })
  }
}
await server.stop()
process.exit(0)
