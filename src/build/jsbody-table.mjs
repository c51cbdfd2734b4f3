// The @JSBody methods of the compiled module, as JavaScript written ahead: TeaVM would otherwise
// compile each body from its text with `new Function` when the module loads. The key is what TeaVM
// passes at run time (the parameter names and the body as TeaVM prints it); a body that is missing
// stops the render with an error naming it, and the browser tests exercise every one.
// Each entry: [key, factory(wrapCallFromJavaToJs) returning the function].
export const JSBODY_TABLE_SOURCE = `const jsBodies = new Map([
    // TeaVM's own (JSO conversions and JSObjects.create).
    ['["str","return str;"]', () => (str) => str],
    ['["buffer","return buffer;"]', () => (buffer) => buffer],
    ['["number","return number;"]', () => (number) => number],
    ['["value","return value;"]', () => (value) => value],
    ['["array","return array;"]', () => (array) => array],
    ['["__this__","return __this__;"]', () => (self) => self],
    ['["{return {};}"]', () => () => ({})],
    // tessera.web.WorkerExports
    ['["message","field","line","column","{return {error:message,field:field,line:line,column:column};}"]',
      () => (message, field, line, column) => ({ error: message, field, line, column })],
    ['["pictures","models","{return {pictures:pictures,models:models};}"]', () => (pictures, models) => ({ pictures, models })],
    ['["index","tiles","rects","input","output","inputRows","keeps","{return {index:index,tiles:tiles,rects:rects,input:input,output:output,inputRows:inputRows,keeps:keeps};}"]',
      () => (index, tiles, rects, input, output, inputRows, keeps) => ({ index, tiles, rects, input, output, inputRows, keeps })],
    ['["width","height","workers","source","passes","tiles","rects","shared","reuse","reuseNeeds","batches","{return {width:width,height:height,workers:workers,source:source,passes:passes,tiles:tiles,rects:rects,shared:shared,reuse:reuse,reuseNeeds:reuseNeeds,batches:batches};}"]',
      () => (width, height, workers, source, passes, tiles, rects, shared, reuse, reuseNeeds, batches) => ({
        width, height, workers, source, passes, tiles, rects, shared, reuse, reuseNeeds, batches,
      })],
    // tessera.web.WebFiles
    ['["map","name","return Object.prototype.hasOwnProperty.call(map,name);"]', () => (map, name) => Object.prototype.hasOwnProperty.call(map, name)],
    ['["map","name","return map[name];"]', () => (map, name) => map[name]],
    ['["entry","{return entry.error===undefined?null:String(entry.error);}"]', () => (entry) => (entry.error === undefined ? null : String(entry.error))],
    ['["entry","return entry.width;"]', () => (entry) => entry.width],
    ['["entry","return entry.bytes;"]', () => (entry) => entry.bytes],
    ['["entry","return entry.height;"]', () => (entry) => entry.height],
    ['["entry","return entry.pixels;"]', () => (entry) => entry.pixels],
    // tessera.web.WebPictureFiles
    ['["width","height","pixels","{return {width:width,height:height,pixels:pixels};}"]',
      () => (width, height, pixels) => ({ width, height, pixels })],
    ['["width","height","jpeg","{return {width:width,height:height,jpeg:jpeg};}"]', () => (width, height, jpeg) => ({ width, height, jpeg })],
    ['["width","height","{return {width:width,height:height};}"]', () => (width, height) => ({ width, height })],
    ['["message","{return {error:message};}"]', () => (message) => ({ error: message })],
  ]);`;
